package org.preau.support;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Several demo users in one test (a director grants, an inspector reads). Each user keeps one
 * signed-in principal for the whole test, like an open session: what they chose (establishment,
 * school year) stays chosen. Call {@link #forget()} between tests.
 */
@Component
public class SignedIn {

    private final ObjectProvider<UserDetailsService> users;
    private final Map<String, SecurityContext> sessions = new HashMap<>();

    SignedIn(ObjectProvider<UserDetailsService> users) {
        this.users = users;
    }

    public <T> T as(String username, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(sessions.computeIfAbsent(username, this::signIn));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    public void forget() {
        sessions.clear();
    }

    private SecurityContext signIn(String username) {
        UserDetails user = users.getObject().loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return context;
    }
}
