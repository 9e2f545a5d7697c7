package org.preau.security;

import java.time.Instant;

/** A local account that must wait before signing in again, and until when. */
public record LockedAccount(String username, String displayName, Instant until) {
}
