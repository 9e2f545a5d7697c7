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
    private final FederationProperties federation;
    private final Clock clock;

    TransferCandidates(TransferStore store, FederationProperties federation, Clock clock) {
        this.store = store;
        this.federation = federation;
        this.clock = clock;
    }

    /** In the import's transaction, in bulk: a rolled-back import leaves no candidate. */
    @Override
    public void recorded(long establishmentId, long schoolYearId, List<Movement> movements) {
        // a departure's INE hash is made now, so that another instance's question finds it by index
        IneHash hashes = federation.getSecret() == null || federation.getSecret().isBlank() ? null : new IneHash(federation.getSecret());
        java.util.function.UnaryOperator<String> hash = hashes == null ? null : hashes.hasher();
        List<TransferStore.Candidate> candidates = movements.stream()
                .filter(m -> m.ine() != null && !m.ine().isBlank())
                .map(m -> m.kind() == Kind.LEFT
                        ? new TransferStore.Candidate(establishmentId, m.learnerId(), m.ine(), "LEFT",
                        hash == null ? null : hash.apply(m.ine()), hashes == null ? null : hashes.keyId())
                        : new TransferStore.Candidate(establishmentId, m.learnerId(), m.ine(), "ARRIVED", null, null))
                .toList();
        store.candidates(candidates, clock.instant());
    }
}
