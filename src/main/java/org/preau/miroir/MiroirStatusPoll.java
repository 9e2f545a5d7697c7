package org.preau.miroir;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Asks the collection point, now and then, what became of the sends it has not decided yet. */
@Component
class MiroirStatusPoll {

    private final MiroirTransfer transfer;

    MiroirStatusPoll(MiroirTransfer transfer) {
        this.transfer = transfer;
    }

    @Scheduled(fixedDelayString = "${preau.miroir.status-poll:PT2M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "miroir-status-poll", lockAtMostFor = "PT10M")
    void run() {
        transfer.refreshAwaiting();
    }
}
