package org.preau.peer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Tries the sends whose next try is due, on one node at a time. */
@Component
class PeerRetryJob {

    private final PeerDeliveries deliveries;
    private final IncompleteEventPublications incomplete;

    PeerRetryJob(PeerDeliveries deliveries, IncompleteEventPublications incomplete) {
        this.deliveries = deliveries;
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelayString = "${preau.peers.retry.poll:PT30S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "peer-deliveries", lockAtMostFor = "PT30M")
    void run() {
        // Listeners (mails, a feature's reaction to an outcome) that failed or were cut by a restart.
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(5));
        deliveries.tryDueNow();
    }
}
