package org.preau.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Where a signed-in person works now: which of their establishments, which school year. Shared
 * by both kinds of principal; it lives in the session with the principal, so background work
 * started by the person keeps it.
 */
final class WorkPlace implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<Long> establishmentIds;
    private volatile Long currentEstablishmentId;
    private volatile Long currentSchoolYearId;

    /** Starts in the first establishment (ids sorted), on its default school year. */
    WorkPlace(List<Long> establishmentIds) {
        this.establishmentIds = establishmentIds.stream().sorted().toList();
        this.currentEstablishmentId = this.establishmentIds.isEmpty() ? null : this.establishmentIds.getFirst();
    }

    List<Long> establishmentIds() {
        return establishmentIds;
    }

    Optional<Long> currentEstablishmentId() {
        return Optional.ofNullable(currentEstablishmentId);
    }

    void selectEstablishment(long establishmentId) {
        this.currentEstablishmentId = establishmentId;
        this.currentSchoolYearId = null;
    }

    Optional<Long> currentSchoolYearId() {
        return Optional.ofNullable(currentSchoolYearId);
    }

    void selectSchoolYear(Long schoolYearId) {
        this.currentSchoolYearId = schoolYearId;
    }
}
