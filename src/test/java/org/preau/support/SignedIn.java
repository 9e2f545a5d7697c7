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
        return within(sessions.computeIfAbsent(username, this::signIn), action);
    }

    public void as(String username, Runnable action) {
        as(username, returningNothing(action));
    }

    /** Like {@link #as(String, Supplier)}, but signed in afresh, as at a new sign-in: nothing kept from an earlier call. */
    public <T> T afresh(String username, Supplier<T> action) {
        return within(signIn(username), action);
    }

    public void afresh(String username, Runnable action) {
        afresh(username, returningNothing(action));
    }

    public void forget() {
        sessions.clear();
    }

    private static <T> T within(SecurityContext context, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static Supplier<Object> returningNothing(Runnable action) {
        return () -> {
            action.run();
            return null;
        };
    }

    private SecurityContext signIn(String username) {
        UserDetails user = users.getObject().loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return context;
    }
}
