package org.preau.security;

import java.time.Instant;
import java.util.Set;

/** A local account as the director's accounts page shows it. {@code version} goes back with a change. */
public record ManagedAccount(long id, String username, String displayName, String email, Set<Role> roles,
                             Set<Long> establishmentIds, boolean enabled, boolean locked, boolean mustChangePassword,
                             Instant lastSignInAt, long version) {

    /** The one state the list shows, the most pressing first. */
    public AccountState state() {
        if (!enabled) return AccountState.DISABLED;
        if (locked) return AccountState.LOCKED;
        if (mustChangePassword) return AccountState.MUST_CHANGE_PASSWORD;
        if (lastSignInAt == null) return AccountState.NEVER_SIGNED_IN;
        return AccountState.ACTIVE;
    }
}
