package org.preau.security;

import java.util.Set;

/** A local account as other features may know it: who, how to write to them, where they serve. */
public record AccountSummary(String username, String displayName, String email, Set<Long> establishmentIds) {
}
