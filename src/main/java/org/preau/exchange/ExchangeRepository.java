package org.preau.exchange;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ExchangeRepository extends JpaRepository<Exchange, Long>, JpaSpecificationExecutor<Exchange> {

    List<Exchange> findByEstablishmentIdOrderByStartedAtDescIdDesc(long establishmentId, Pageable page);

    List<Exchange> findByEstablishmentIdAndKindOrderByStartedAtDescIdDesc(long establishmentId, ExchangeKind kind, Pageable page);

    Optional<Exchange> findByIdAndEstablishmentId(long id, long establishmentId);

    @Query("""
            select e from Exchange e where e.establishmentId = :establishmentId and e.kind = :kind and e.status = :status
            order by e.startedAt desc, e.id desc""")
    List<Exchange> latest(long establishmentId, ExchangeKind kind, ExchangeStatus status, Pageable page);
}
