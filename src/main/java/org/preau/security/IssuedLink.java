package org.preau.security;

import java.time.Instant;

/** A one-time link just made: the token (never stored, only its hash), for whom, until when. */
public record IssuedLink(String token, String username, String displayName, String email, Instant expiresAt) {
}
