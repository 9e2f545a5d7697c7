package org.preau.security;

import java.util.Set;

/** A local account as the demo lists it: who, which roles, which establishments. */
public record AccountOverview(String username, Set<Role> roles, Set<Long> establishmentIds) {
}
