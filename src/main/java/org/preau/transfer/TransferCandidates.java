package org.preau.transfer;

import org.preau.learner.LearnerMovements;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Remembers what SIECLE imports did to learners with an INE, whatever the switches say today: a
 * director who switches transfers on next week still gets the learners who left this week. The
 * daily job decides; recording twice is harmless (one row per learner and movement).
 */
@Component
class TransferCandidates implements LearnerMovements {

    private final TransferStore store;
    private final Clock clock;

    TransferCandidates(TransferStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** In the import's transaction, in bulk: a rolled-back import leaves no candidate. */
    @Override
    public void recorded(long establishmentId, long schoolYearId, List<Movement> movements) {
        List<TransferStore.Candidate> candidates = movements.stream()
                .filter(m -> m.ine() != null && !m.ine().isBlank())
                .map(m -> new TransferStore.Candidate(establishmentId, m.learnerId(), m.ine(), m.kind() == Kind.LEFT ? "LEFT" : "ARRIVED"))
                .toList();
        store.candidates(candidates, clock.instant());
    }
}
