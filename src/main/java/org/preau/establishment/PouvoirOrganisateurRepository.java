package org.preau.establishment;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface PouvoirOrganisateurRepository extends JpaRepository<PouvoirOrganisateur, Long> {

    /** Creates the body unless one of that name exists (the name is unique): two creations at once make one row. */
    @Modifying(flushAutomatically = true)
    @Query(value = "insert ignore into organising_body (name) values (:name)", nativeQuery = true)
    int insertIfAbsent(@Param("name") String name);

    /** A locking read: it sees a row another transaction committed after this one's first read. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from PouvoirOrganisateur o where o.name = :name")
    Optional<PouvoirOrganisateur> lockByName(@Param("name") String name);
}
