package org.preau.security;

import java.util.List;
import java.util.Optional;

/**
 * The signed-in person, whatever the login (local account or OIDC). It also remembers the
 * establishment the person works in now: it travels with the security context, so background
 * work started by the person (an import) keeps it.
 */
public interface PreauPrincipal {

    String username();

    String displayName();

    /** True after a temporary password: every page leads to the change of password until it is done. */
    default boolean mustChangePassword() {
        return false;
    }

    /** Ids of the establishments this person serves, in a stable order. */
    List<Long> establishmentIds();

    Optional<Long> currentEstablishmentId();

    /** Only {@link CurrentUser#switchEstablishment(long)} calls this, after checking membership; it forgets the school year. */
    void selectEstablishment(long establishmentId);

    /** The school year the person chose to work in, in the current establishment; empty for the default one. */
    Optional<Long> currentSchoolYearId();

    /** Only the school-year service calls this, after checking that the year is the establishment's. */
    void selectSchoolYear(Long schoolYearId);
}
