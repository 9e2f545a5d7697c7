package org.preau.security;

import java.util.Set;

/** What the director types to create or change a local account. The username is ignored on a change. */
public record AccountDraft(String username, String displayName, String email, Set<Role> roles, Set<Long> establishmentIds) {
}
