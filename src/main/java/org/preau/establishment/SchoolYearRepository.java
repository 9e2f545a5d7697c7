package org.preau.establishment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface SchoolYearRepository extends JpaRepository<SchoolYear, Long> {

    List<SchoolYear> findByEstablishmentIdOrderByStartYearDesc(long establishmentId);

    Optional<SchoolYear> findByEstablishmentIdAndStartYear(long establishmentId, int startYear);
}
