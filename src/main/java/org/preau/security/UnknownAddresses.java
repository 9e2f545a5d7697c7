package org.preau.security;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;

/**
 * A page address that no screen answers: let a stranger through to Vaadin, whose French
 * <i>Page introuvable</i> (404) then shows, rather than the sign-in redirect (which would tell
 * nothing, and for the browser looked like a refusal). Framework requests, files and the app's
 * own endpoints are never matched: they keep their rules.
 */
final class UnknownAddresses implements RequestMatcher {

    private static final List<String> OWN_PREFIXES = List.of("VAADIN/", "api/", "sandbox/", "oauth2/", "login", "logout",
            "styles/", "images/", "HEARTBEAT", "UIDL", "connect/", "error");

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getParameter("v-r") != null) return false;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        while (path.startsWith("/")) path = path.substring(1);
        if (path.isEmpty() || path.indexOf('.', path.lastIndexOf('/') + 1) >= 0) return false;
        for (String prefix : OWN_PREFIXES) {
            if (path.startsWith(prefix)) return false;
        }
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        return !registry.getNavigationRouteTarget(path).hasTarget();
    }

    /**
     * Vaadin answers every page address with its start page (200) and shows the error view once
     * the browser has started: the status says 404 from the first answer, for scripts and crawlers.
     */
    static final class NotFoundStatus extends org.springframework.web.filter.OncePerRequestFilter {

        private final UnknownAddresses unknown = new UnknownAddresses();

        @Override
        protected void doFilterInternal(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, java.io.IOException {
            if (unknown.matches(request)) response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND);
            chain.doFilter(request, response);
        }
    }
}
