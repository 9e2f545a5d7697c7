package org.preau.mail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Tries the waiting mails again, on one node at a time. */
@Component
class MailRetryJob {

    private final MailSending sending;

    MailRetryJob(MailSending sending) {
        this.sending = sending;
    }

    @Scheduled(fixedDelayString = "${preau.mail.retry-every:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "mail-retry", lockAtMostFor = "PT10M")
    void run() {
        sending.retryWaiting();
    }
}
