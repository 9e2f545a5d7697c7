package org.preau.privacy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.EtablissementSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly retention run, establishment after establishment, on one node at a time (ShedLock).
 * An establishment whose run fails is logged and retried the next night; the others still run.
 */
@Component
class RetentionJob {

    static final String LOCK = "privacy-retention";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;
    private final EtablissementProvisioning establishments;

    RetentionJob(Retention retention, EtablissementProvisioning establishments) {
        this.retention = retention;
        this.establishments = establishments;
    }

    @Scheduled(cron = "${preau.retention.cron:0 45 4 * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT2H")
    public void run() {
        for (EtablissementSummary e : establishments.all()) {
            try {
                RetentionReport r = retention.run(e.id());
                log.info("Retention of establishment {}: {} learners scrubbed, {} kept, {} originals and {} audit rows deleted",
                        e.id(), r.scrubbed().size(), r.kept().size(), r.originalsDeleted(), r.auditRowsDeleted());
            } catch (RuntimeException failure) {
                log.error("Retention of establishment {} failed; retried at the next run", e.id(), failure);
            }
        }
    }
}
