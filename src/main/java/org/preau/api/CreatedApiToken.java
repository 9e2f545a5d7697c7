package org.preau.api;

/** A token just created: {@code token} is shown once and kept nowhere. */
public record CreatedApiToken(ApiTokenView view, String token) {
}
