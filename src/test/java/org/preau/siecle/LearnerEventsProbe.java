package org.preau.siecle;

import org.preau.learner.LearnerArrived;
import org.preau.learner.LearnerDeactivated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.ArrayList;
import java.util.Collections;

/**
 * Hears the learners' events as a later feature would, after commit; and, when asked, breaks
 * an import halfway through its write to show that nothing of it stays.
 */
@Component
// Off in the import benchmark: an after-commit listener of per-learner events stores one event
// publication per learner, which the application itself never does.
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "preau.test.learner-events-probe",
        havingValue = "true", matchIfMissing = true)
class LearnerEventsProbe {

    // Read through methods, never fields: the event registry proxies beans with transactional
    // listeners, and a proxy's own fields are not the bean's.
    private final List<LearnerArrived> arrived = Collections.synchronizedList(new ArrayList<>());
    private final List<LearnerDeactivated> deactivated = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean failDuringWrite;

    List<LearnerArrived> arrived() {
        return arrived;
    }

    List<LearnerDeactivated> deactivated() {
        return deactivated;
    }

    void failDuringWrite() {
        failDuringWrite = true;
    }

    void reset() {
        arrived.clear();
        deactivated.clear();
        failDuringWrite = false;
    }

    @TransactionalEventListener
    void afterCommit(LearnerArrived event) {
        arrived.add(event);
    }

    @TransactionalEventListener
    void afterCommit(LearnerDeactivated event) {
        deactivated.add(event);
    }

    /** Runs inside the import's transaction, after its rows are written. */
    @EventListener
    void duringWrite(LearnerArrived event) {
        if (failDuringWrite) throw new IllegalStateException("write interrupted on purpose");
    }
}
