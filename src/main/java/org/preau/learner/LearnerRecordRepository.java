package org.preau.learner;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface LearnerRecordRepository extends JpaRepository<LearnerRecord, Long> {

    List<LearnerRecord> findByEstablishmentIdAndLearnerIdAndKindOrderByRecordDateDescIdDesc(long establishmentId, long learnerId, RecordKind kind);

    Optional<LearnerRecord> findByIdAndEstablishmentId(long id, long establishmentId);
}
