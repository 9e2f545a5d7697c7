package org.preau.api;

import org.preau.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The API tokens of the current establishment, managed by its director. A token lets a script
 * run imports as the establishment ({@code api:<name>} in the exchange history).
 */
@Service
public class ApiTokenService {

    static final int NAME_MAX = 100;
    private static final Logger audit = LoggerFactory.getLogger("org.preau.security.audit");

    private final ApiTokenStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokenService(ApiTokenStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<ApiTokenView> list() {
        return store.list(currentUser.establishmentId());
    }

    /** Creates a token for the imports; the returned text is the only time it is seen. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public CreatedApiToken create(String name) {
        return create(name, java.util.EnumSet.of(ApiScope.IMPORTS));
    }

    /** Creates a token with these scopes (one at least); the returned text is the only time it is seen. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public CreatedApiToken create(String name, java.util.Set<ApiScope> scopes) {
        if (scopes == null || scopes.isEmpty()) throw new InvalidApiTokenNameException("api.error.scope.required");
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) throw new InvalidApiTokenNameException("api.error.name.required");
        if (clean.length() > NAME_MAX) throw new InvalidApiTokenNameException("api.error.name.tooLong");
        long establishmentId = currentUser.establishmentId();
        String token = ApiTokens.newToken();
        Instant now = clock.instant();
        long id = store.insert(establishmentId, clean, ApiTokens.hash(token), ApiTokens.displayPrefix(token), currentUser.username(), now, scopes);
        audit.info("API token {} ('{}', scopes {}) created by '{}' for establishment {}", id, clean, ApiScope.encode(scopes),
                currentUser.username(), establishmentId);
        return new CreatedApiToken(store.get(establishmentId, id).orElseThrow(), token);
    }

    /** Revokes a token of the current establishment; a token of another one is refused. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public void revoke(long tokenId) {
        long establishmentId = currentUser.establishmentId();
        if (store.get(establishmentId, tokenId).isEmpty()) {
            throw new AccessDeniedException("API token " + tokenId + " is not of establishment " + establishmentId);
        }
        store.revoke(establishmentId, tokenId, currentUser.username(), clock.instant());
        audit.info("API token {} revoked by '{}'", tokenId, currentUser.username());
    }
}
