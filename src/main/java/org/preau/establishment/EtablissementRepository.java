package org.preau.establishment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface EtablissementRepository extends JpaRepository<Etablissement, Long> {

    Optional<Etablissement> findByUai(String uai);

    Optional<Etablissement> findByFase(String fase);

    boolean existsByUaiAndIdNot(String uai, Long id);

    boolean existsByFaseAndIdNot(String fase, Long id);

    List<Etablissement> findByIdInOrderByName(Collection<Long> ids);
}
