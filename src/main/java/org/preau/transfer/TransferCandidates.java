package org.preau.transfer;

import org.preau.learner.LearnerArrived;
import org.preau.learner.LearnerDeactivated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Remembers what SIECLE imports did to learners with an INE, whatever the switches say today: a
 * director who switches transfers on next week still gets the learners who left this week. The
 * daily job decides; recording twice is harmless (one row per learner and movement).
 */
@Component
class TransferCandidates {

    private final TransferStore store;
    private final Clock clock;

    TransferCandidates(TransferStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(LearnerDeactivated left) {
        if (hasIne(left.ine())) store.candidate(left.establishmentId(), left.learnerId(), left.ine(), "LEFT", clock.instant());
    }

    @ApplicationModuleListener
    void on(LearnerArrived arrived) {
        if (hasIne(arrived.ine())) store.candidate(arrived.establishmentId(), arrived.learnerId(), arrived.ine(), "ARRIVED", clock.instant());
    }

    private static boolean hasIne(String ine) {
        return ine != null && !ine.isBlank();
    }
}
