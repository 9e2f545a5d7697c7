package org.preau.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Hands stored mails to the SMTP server. A mail is claimed (PENDING → SENDING) before it is sent,
 * so the after-commit listener and the retry job never send it twice; a failure puts it back to
 * PENDING with the error, until {@code preau.mail.max-attempts} tries have failed.
 */
@Component
class MailSending {

    private static final Logger log = LoggerFactory.getLogger(MailSending.class);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> senders;
    private final Clock clock;
    private final String from;
    private final int maxAttempts;

    MailSending(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> senders, Clock clock,
                @Value("${preau.mail.from:ne-pas-repondre@preau.example}") String from,
                @Value("${preau.mail.max-attempts:200}") int maxAttempts) {
        this.jdbc = jdbc;
        this.senders = senders;
        this.clock = clock;
        this.from = from;
        this.maxAttempts = maxAttempts;
    }

    /** Sends one mail if it is still waiting; returns whether the server accepted it now. */
    boolean send(long id) {
        Timestamp now = Timestamp.from(clock.instant());
        int claimed = jdbc.update("update mail_message set status = 'SENDING', attempts = attempts + 1 where id = ? and status = 'PENDING'", id);
        if (claimed == 0) return false;
        record Mail(long establishmentId, String recipient, String subject, String body, int attempts) {
        }
        Mail mail = jdbc.queryForObject("select establishment_id, recipient, subject, body, attempts from mail_message where id = ?",
                (rs, i) -> new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)), id);
        try {
            JavaMailSender sender = senders.getIfAvailable();
            if (sender == null) throw new IllegalStateException("no mail server configured (spring.mail.host)");
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.recipient());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            sender.send(message);
            // unconditional on purpose: the mail went out, whatever a stale-claim reset did to the row meanwhile
            jdbc.update("update mail_message set status = 'SENT', sent_at = ?, last_error = null where id = ?", now, id);
            log.info("Mail {} sent to {} (establishment {}): {}\n{}", id, mail.recipient(), mail.establishmentId(), mail.subject(), mail.body());
            return true;
        } catch (MailException | IllegalStateException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (error.length() > 1000) error = error.substring(0, 1000);
            MailStatus next = mail.attempts() >= maxAttempts ? MailStatus.FAILED : MailStatus.PENDING;
            // a failure never overwrites a SENT written by another sender that re-claimed the row after a stale-claim reset
            jdbc.update("update mail_message set status = ?, last_error = ? where id = ? and status = 'SENDING'", next.name(), error, id);
            log.warn("Mail {} to {} not sent (try {}, now {}): {}", id, mail.recipient(), mail.attempts(), next, error);
            return false;
        }
    }

    /** Tries again every waiting mail, and those left SENDING by a node that stopped mid-way. */
    int retryWaiting() {
        Timestamp stale = Timestamp.from(clock.instant().minus(Duration.ofMinutes(10)));
        jdbc.update("update mail_message set status = 'PENDING' where status = 'SENDING' and created_at < ?", stale);
        List<Long> ids = jdbc.queryForList("select id from mail_message where status = 'PENDING' order by id limit 500", Long.class);
        int sent = 0;
        for (long id : ids) {
            if (send(id)) sent++;
        }
        return sent;
    }
}
