package org.preau.api;

import org.preau.security.PreauPrincipal;

import java.util.List;
import java.util.Optional;

/**
 * A script calling the API with a token: it acts for the token's establishment only, under the
 * name {@code api:<token name>}, in the establishment's current school year unless told otherwise.
 */
record ApiPrincipal(long tokenId, String tokenName, long establishmentId) implements PreauPrincipal {

    /** The authority of API calls: import endpoints only, never the screens. */
    static final String AUTHORITY = "ROLE_IMPORT_API";

    @Override
    public String username() {
        return "api:" + tokenName;
    }

    @Override
    public String displayName() {
        return username();
    }

    @Override
    public List<Long> establishmentIds() {
        return List.of(establishmentId);
    }

    @Override
    public Optional<Long> currentEstablishmentId() {
        return Optional.of(establishmentId);
    }

    @Override
    public void selectEstablishment(long establishmentId) {
        throw new UnsupportedOperationException("An API token serves one establishment");
    }

    @Override
    public Optional<Long> currentSchoolYearId() {
        return Optional.empty();
    }

    @Override
    public void selectSchoolYear(Long schoolYearId) {
        // an API call names its year in each request
    }

    @Override
    public String toString() {
        return username();
    }
}
