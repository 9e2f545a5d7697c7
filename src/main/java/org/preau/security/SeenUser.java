package org.preau.security;

import java.time.Instant;
import java.util.Set;

/** Someone who signed in through Keycloak, as their last token described them. */
public record SeenUser(String username, String displayName, String email, Set<Role> roles, Set<Long> establishmentIds,
                       Instant lastSignInAt) {
}
