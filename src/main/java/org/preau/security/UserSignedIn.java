package org.preau.security;

import java.util.List;
import java.util.Set;

/**
 * Published at every successful sign-in (local or Keycloak), inside no transaction: features that
 * wait for a person named by e-mail (a referent inspector) take them up here.
 */
public record UserSignedIn(String username, String displayName, String email, Set<Role> roles, List<Long> establishmentIds) {
}
