package org.preau.mail;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends a mail once the transaction that queued it committed. Never throws: a failure leaves the mail for the retry job. */
@Component
class MailListener {

    private final MailSending sending;

    MailListener(MailSending sending) {
        this.sending = sending;
    }

    @ApplicationModuleListener
    void on(MailQueued event) {
        sending.send(event.mailId());
    }
}
