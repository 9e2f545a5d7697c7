package org.preau.api;

import java.time.Instant;

/** An API token as the director sees it: never the token itself, only its first characters. */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, String createdBy, Instant revokedAt,
                           String revokedBy, Instant lastUsedAt, java.util.Set<ApiScope> scopes) {

    public boolean active() {
        return revokedAt == null;
    }
}
