package org.preau.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * Stands before the form login: while a name or an address must wait, the attempt is refused
 * before any password is checked and the sign-in page says how long to wait. Failed and
 * successful form sign-ins are counted from Spring Security's events.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    /** The query parameter that tells the sign-in page how many minutes to wait. */
    static final String WAIT_PARAMETER = "attendre";

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String address = request.getRemoteAddr();
        var wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            throttle.failed(username, address, true);
            response.sendRedirect(request.getContextPath() + "/login?error&" + WAIT_PARAMETER + "=" + minutes(wait.get()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whole minutes, rounded up: "1 minute" rather than "0" for 30 seconds. */
    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** Counts the form login's failures and successes (a Keycloak sign-in is not a password typed here). */
    static final class Events {

        private final SignInThrottle throttle;

        Events(SignInThrottle throttle) {
            this.throttle = throttle;
        }

        @EventListener
        void onFailure(AbstractAuthenticationFailureEvent event) {
            if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
                throttle.failed(token.getName(), address(token), false);
            }
        }

        @EventListener
        void onSuccess(AuthenticationSuccessEvent event) {
            if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
                throttle.succeeded(token.getName());
            }
        }

        private static String address(UsernamePasswordAuthenticationToken token) {
            return token.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "?";
        }
    }
}
