package org.preau.mail;

import org.preau.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The mails of an establishment. A feature queues a mail inside its own transaction: the mail is
 * stored with it (so a rolled-back change sends nothing) and sent after commit; a mail server that
 * is down leaves the mail pending, retried by {@link MailRetryJob}, and the feature's change stands.
 */
@Service
public class MailOutbox {

    static final int SUBJECT_MAX = 300;
    /** Mails that did not leave: given up, or waiting for the mail server after a failed try (one queued a moment ago is on its way). */
    static final String UNSENT = "establishment_id = ? and (status = 'FAILED' or status = 'PENDING' and attempts > 0)";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailOutbox(JdbcTemplate jdbc, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores a mail to send for an establishment the caller already holds legitimately (the current
     * one, or the owner of what the mail is about); returns its id.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long queue(long establishmentId, String recipient, String subject, String body) {
        Objects.requireNonNull(recipient, "recipient");
        String shortSubject = subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        String by = currentUser.username();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("insert into mail_message (establishment_id, recipient, subject, body, "
                    + "status, attempts, created_at, created_by) values (?, ?, ?, ?, ?, 0, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, establishmentId);
            ps.setString(2, recipient.strip());
            ps.setString(3, shortSubject);
            ps.setString(4, body);
            ps.setString(5, MailStatus.PENDING.name());
            ps.setTimestamp(6, now);
            ps.setString(7, by);
            return ps;
        }, key);
        long id = Objects.requireNonNull(key.getKey()).longValue();
        events.publishEvent(new MailQueued(id));
        return id;
    }

    /** The current establishment's mails, newest first (the last 500). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<MailView> list() {
        return jdbc.query("""
                        select id, recipient, subject, body, status, attempts, last_error, created_at, created_by, sent_at
                        from mail_message where establishment_id = ? order by created_at desc, id desc limit 500""",
                (rs, i) -> new MailView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        MailStatus.valueOf(rs.getString(5)), rs.getInt(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                        rs.getString(9), rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()),
                currentUser.establishmentId());
    }

    /**
     * How many of the current establishment's mails wait for the mail server after a failed try
     * (a mail queued a moment ago and not tried yet is not counted: it is on its way).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int pendingCount() {
        Integer n = jdbc.queryForObject("select count(*) from mail_message where establishment_id = ? and status = 'PENDING' and attempts > 0",
                Integer.class, currentUser.establishmentId());
        return n == null ? 0 : n;
    }

    /** The addresses of the current establishment's mails that did not leave (see {@link #UNSENT}), for features that wrote to them. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<String> unsentRecipients() {
        return new java.util.HashSet<>(jdbc.queryForList("select distinct recipient from mail_message where " + UNSENT, String.class, currentUser.establishmentId()));
    }
}
