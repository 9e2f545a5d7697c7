package org.preau.segec;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the staff to the Extranet SeGEC several times a week (Monday, Wednesday and Friday at
 * 06:30 by default; {@code preau.segec.extranet.cron}), on one node only: the lock is held at
 * least ten minutes, so a second node whose clock fires a little later finds it taken.
 */
@Component
class ExtranetTransferJob {

    private final ExtranetTransfer transfer;

    ExtranetTransferJob(ExtranetTransfer transfer) {
        this.transfer = transfer;
    }

    @Scheduled(cron = "${preau.segec.extranet.cron:0 30 6 * * MON,WED,FRI}", zone = "Europe/Brussels")
    @SchedulerLock(name = "segec-extranet", lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
    public void run() {
        transfer.runScheduled();
    }
}
