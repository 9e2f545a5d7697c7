package org.preau.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/** Logs sign-ins, failed sign-ins and refused accesses. Never a password. */
@Component
class SecurityAuditLog {

    private static final Logger log = LoggerFactory.getLogger("org.preau.security.audit");

    /** An account created or changed, a link sent or used, the first director: who did what to whom, never a password or a token. */
    void accountChange(String message, Object... arguments) {
        log.info("Account change: " + message, arguments);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        log.info("Sign-in: user '{}'", event.getAuthentication().getName());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        log.warn("Failed sign-in: user '{}' ({})", event.getAuthentication().getName(),
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Supplier<Authentication> authentication = event.getAuthentication();
        Authentication who = authentication == null ? null : authentication.get();
        if (who == null || who instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            // Every first visit is refused before the login page: not worth a warning.
            log.debug("Anonymous request refused on {}", describe(event.getSource()));
            return;
        }
        log.warn("Access refused: user '{}' on {}", who.getName(), describe(event.getSource()));
    }

    private static String describe(Object source) {
        if (source instanceof org.aopalliance.intercept.MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        }
        if (source instanceof jakarta.servlet.http.HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        return source == null ? "?" : source.getClass().getSimpleName();
    }
}
