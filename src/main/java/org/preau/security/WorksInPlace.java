package org.preau.security;

import java.util.List;
import java.util.Optional;

/**
 * A principal that keeps where its person works in a {@link WorkPlace}: the local and the OIDC
 * principals extend different Spring classes, so they share this delegation through an interface.
 */
interface WorksInPlace extends PreauPrincipal {

    WorkPlace workPlace();

    @Override
    default List<Long> establishmentIds() {
        return workPlace().establishmentIds();
    }

    @Override
    default Optional<Long> currentEstablishmentId() {
        return workPlace().currentEstablishmentId();
    }

    @Override
    default void selectEstablishment(long establishmentId) {
        workPlace().selectEstablishment(establishmentId);
    }

    @Override
    default Optional<Long> currentSchoolYearId() {
        return workPlace().currentSchoolYearId();
    }

    @Override
    default void selectSchoolYear(Long schoolYearId) {
        workPlace().selectSchoolYear(schoolYearId);
    }
}
