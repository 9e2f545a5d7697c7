package org.preau.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * Reads {@code Authorization: Bearer <token>} and signs the request in as the token's
 * establishment. A missing, unknown or revoked token leaves the request anonymous: the chain
 * then answers 401. Not a bean, so that it guards the API chain only.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final Logger audit = LoggerFactory.getLogger("org.preau.security.audit");

    private final ApiTokenStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ApiTokenFilter(ApiTokenStore store, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        // Only the token speaks for an API call: whatever context the thread carries is dropped.
        holder.setContext(holder.createEmptyContext());
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).strip();
            var match = transaction.execute(status -> {
                var found = store.active(ApiTokens.hash(token));
                found.ifPresent(m -> store.used(m.id(), clock.instant()));
                return found;
            });
            if (match != null && match.isPresent()) {
                ApiPrincipal principal = new ApiPrincipal(match.get().id(), match.get().name(), match.get().establishmentId());
                SecurityContext context = holder.createEmptyContext();
                List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>();
                authorities.add(new SimpleGrantedAuthority(ApiPrincipal.AUTHORITY));
                match.get().scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
                holder.setContext(context);
                audit.info("API call by '{}' (establishment {}): {} {}", principal.username(), principal.establishmentId(),
                        request.getMethod(), request.getRequestURI());
            } else {
                audit.warn("API call refused: unknown or revoked token on {} {}", request.getMethod(), request.getRequestURI());
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            holder.clearContext();
        }
    }
}
