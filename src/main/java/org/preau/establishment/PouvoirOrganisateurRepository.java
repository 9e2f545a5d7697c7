package org.preau.establishment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface PouvoirOrganisateurRepository extends JpaRepository<PouvoirOrganisateur, Long> {

    Optional<PouvoirOrganisateur> findFirstByName(String name);
}
