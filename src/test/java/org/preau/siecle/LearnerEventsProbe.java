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
class LearnerEventsProbe {

    // Static: the event publication registry proxies this bean (its @TransactionalEventListener
    // methods), and a test that reads or sets a field through the proxy would miss the target's.
    static final List<LearnerArrived> arrived = Collections.synchronizedList(new ArrayList<>());
    static final List<LearnerDeactivated> deactivated = Collections.synchronizedList(new ArrayList<>());
    static volatile boolean failDuringWrite;

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
