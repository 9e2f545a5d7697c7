package org.preau.miroir;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code miroir_submission} table, in plain JDBC. */
@Component
class SubmissionStore {

    private static final String COLUMNS = "id, establishment_id, school_year_id, start_year, purpose, exchange_id, remote_id, status, "
            + "messages, sent_at, sent_by, status_at";
    private static final Logger log = LoggerFactory.getLogger(SubmissionStore.class);
    private static final RowMapper<MiroirSubmission> ROW = (rs, i) -> new MiroirSubmission(rs.getLong(1), rs.getLong(2), rs.getLong(3),
            rs.getInt(4), known(MiroirUse.class, rs.getString(5), MiroirUse.UNKNOWN, rs.getLong(1), "purpose"), rs.getLong(6), rs.getString(7),
            known(SubmissionStatus.class, rs.getString(8), SubmissionStatus.UNKNOWN, rs.getLong(1), "status"),
            rs.getString(9) == null || rs.getString(9).isEmpty() ? List.of() : Arrays.asList(rs.getString(9).split("\n")),
            rs.getTimestamp(10).toInstant(), rs.getString(11), rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant());

    private final JdbcTemplate jdbc;

    /**
     * A value this version does not know (written by another version, or by hand) is read as UNKNOWN
     * and logged with its row: the Miroir page then shows the send as unknown instead of failing as a whole.
     */
    static <E extends Enum<E>> E known(Class<E> type, String value, E unknown, long id, String column) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            log.warn("miroir_submission {}: unknown {} '{}', read as {}", id, column, value, unknown);
            return unknown;
        }
    }

    SubmissionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long establishmentId, long schoolYearId, int startYear, MiroirUse use, long exchangeId, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    insert into miroir_submission (establishment_id, school_year_id, start_year, purpose, exchange_id, status, sent_at, sent_by)
                    values (?, ?, ?, ?, ?, 'SENDING', ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, establishmentId);
            ps.setLong(2, schoolYearId);
            ps.setInt(3, startYear);
            ps.setString(4, use.name());
            ps.setLong(5, exchangeId);
            ps.setTimestamp(6, Timestamp.from(at));
            ps.setString(7, by);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Names the outbox's send of a submission, once: a submission is sent by one delivery only. */
    void setDelivery(long id, String deliveryId) {
        jdbc.update("update miroir_submission set delivery_id = ? where id = ? and delivery_id is null", deliveryId, id);
    }

    /**
     * The outbox's outcome of the submission's own send, kept only while the submission still waits
     * for it (SENDING, or NOT_DELIVERED and relaunched by hand): an outcome heard twice (the event
     * registry delivers at least once) or late never puts back a status the collection point gave
     * since (ACCEPTED, REJECTED). True when this call made the change.
     */
    boolean setOutcome(long id, String deliveryId, String remoteId, SubmissionStatus status, List<String> messages, Instant at) {
        return jdbc.update("update miroir_submission set remote_id = coalesce(?, remote_id), status = ?, messages = ?, status_at = ? "
                        + "where id = ? and delivery_id = ? and status in ('SENDING', 'NOT_DELIVERED')",
                remoteId, status.name(), messages == null ? null : String.join("\n", messages), Timestamp.from(at), id, deliveryId) == 1;
    }

    /**
     * Sets a new status only if the row still holds the status and messages the caller read: a poll and a
     * "refresh" click on the same submission would otherwise both write and both settle the exchange (its
     * messages twice). True when this call made the change.
     */
    boolean setStatusIf(long id, SubmissionStatus expectedStatus, List<String> expectedMessages, SubmissionStatus status,
                        List<String> messages, Instant at) {
        return jdbc.update("update miroir_submission set status = ?, messages = ?, status_at = ? "
                        + "where id = ? and status = ? and coalesce(messages, '') = ?",
                status.name(), messages == null ? null : String.join("\n", messages), Timestamp.from(at), id,
                expectedStatus.name(), String.join("\n", expectedMessages)) == 1;
    }

    Optional<MiroirSubmission> find(long id) {
        return jdbc.query("select " + COLUMNS + " from miroir_submission where id = ?", ROW, id).stream().findFirst();
    }

    List<MiroirSubmission> ofEstablishment(long establishmentId, int limit) {
        return jdbc.query("select " + COLUMNS + " from miroir_submission where establishment_id = ? order by sent_at desc, id desc limit ?",
                ROW, establishmentId, limit);
    }

    Optional<MiroirSubmission> latest(long establishmentId, int startYear) {
        return jdbc.query("select " + COLUMNS + " from miroir_submission where establishment_id = ? and start_year = ? "
                + "order by sent_at desc, id desc limit 1", ROW, establishmentId, startYear).stream().findFirst();
    }

    List<MiroirSubmission> awaitingPeer(int limit) {
        return jdbc.query("select " + COLUMNS + " from miroir_submission where status = 'RECEIVED' order by sent_at limit ?", ROW, limit);
    }
}
