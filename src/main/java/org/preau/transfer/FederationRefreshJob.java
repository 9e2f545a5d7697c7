package org.preau.transfer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily refresh of the directory: what each instance of the federation serves, on one node. */
@Component
class FederationRefreshJob {

    private final TransferDirectory directory;

    FederationRefreshJob(TransferDirectory directory) {
        this.directory = directory;
    }

    @Scheduled(cron = "${preau.federation.refresh-cron:0 10 3 * * *}")
    @SchedulerLock(name = "federation-directory", lockAtMostFor = "PT30M")
    void run() {
        directory.refresh();
    }
}
