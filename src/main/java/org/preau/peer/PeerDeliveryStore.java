package org.preau.peer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code peer_delivery} rows. A try first claims its row, so that two nodes never send the same row at once. */
@Repository
class PeerDeliveryStore {

    private static final String COLUMNS = "id, establishment_id, peer, target, purpose, reference, exchange_id, settles_exchange, method, path, body, "
            + "idempotency_key, status, attempts, created_at, next_attempt_at, finished_at, http_status, response_body, last_error";

    private final JdbcTemplate jdbc;

    PeerDeliveryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PeerDelivery d) {
        jdbc.update("insert into peer_delivery (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.id().toString(), d.establishmentId(), d.peer().name(), d.target(), d.purpose(), d.reference(), d.exchangeId(), d.settlesExchange(),
                d.method(), d.path(), d.body(), d.idempotencyKey().toString(), d.status().name(), d.attempts(),
                ts(d.createdAt()), ts(d.nextAttemptAt()), ts(d.finishedAt()), d.httpStatus(), d.responseBody(), d.lastError());
    }

    Optional<PeerDelivery> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from peer_delivery where id = ?", MAPPER, id.toString()).stream().findFirst();
    }

    /**
     * Takes the row for one try when it is due: it becomes SENDING with a lease; a node that dies
     * while sending leaves a lease that expires, and the row is tried again.
     */
    boolean claim(UUID id, Instant now, Instant leaseUntil) {
        return jdbc.update("update peer_delivery set status = 'SENDING', attempts = attempts + 1, next_attempt_at = ? "
                        + "where id = ? and status in ('PENDING', 'SENDING') and next_attempt_at <= ?",
                ts(leaseUntil), id.toString(), ts(now)) == 1;
    }

    /**
     * Ends the try numbered {@code attempt}, only if it still holds the row: when its lease ran out and another
     * node claimed the row (attempts went up), that node's outcome is the one to keep. True when this call wrote.
     */
    boolean finish(UUID id, int attempt, DeliveryStatus status, Instant now, Integer httpStatus, String response, String error) {
        return jdbc.update("update peer_delivery set status = ?, finished_at = ?, next_attempt_at = null, http_status = ?, "
                        + "response_body = ?, last_error = ? where id = ? and status = 'SENDING' and attempts = ?",
                status.name(), ts(now), httpStatus, response, cut(error), id.toString(), attempt) == 1;
    }

    /** Puts the try numbered {@code attempt} back in the queue, on the same condition as {@link #finish}. */
    boolean reschedule(UUID id, int attempt, Instant next, Integer httpStatus, String response, String error) {
        return jdbc.update("update peer_delivery set status = 'PENDING', next_attempt_at = ?, http_status = ?, response_body = ?, "
                + "last_error = ? where id = ? and status = 'SENDING' and attempts = ?",
                ts(next), httpStatus, response, cut(error), id.toString(), attempt) == 1;
    }

    /** Makes a pending or failed row due now (a "relaunch" by a user). */
    boolean relaunch(UUID id, Instant now) {
        return jdbc.update("update peer_delivery set status = 'PENDING', next_attempt_at = ?, finished_at = null, created_at = ? "
                + "where id = ? and status in ('PENDING', 'FAILED')", ts(now), ts(now), id.toString()) == 1;
    }

    List<UUID> due(Instant now, int limit) {
        return jdbc.queryForList("select id from peer_delivery where status in ('PENDING', 'SENDING') and next_attempt_at <= ? "
                + "order by next_attempt_at limit ?", String.class, ts(now), limit).stream().map(UUID::fromString).toList();
    }

    List<PeerDelivery> ofExchange(long exchangeId) {
        return jdbc.query("select " + COLUMNS + " from peer_delivery where exchange_id = ? order by created_at, id", MAPPER, exchangeId);
    }

    List<PeerDelivery> recent(long establishmentId, PeerKind peer, int limit) {
        return jdbc.query("select " + COLUMNS + " from peer_delivery where establishment_id = ? and peer = ? "
                + "order by created_at desc, id limit ?", MAPPER, establishmentId, peer.name(), limit);
    }

    List<PeerDelivery> unfinished(long establishmentId, PeerKind peer) {
        return jdbc.query("select " + COLUMNS + " from peer_delivery where establishment_id = ? and peer = ? "
                + "and status in ('PENDING', 'SENDING') order by created_at, id", MAPPER, establishmentId, peer.name());
    }

    private static final RowMapper<PeerDelivery> MAPPER = (rs, i) -> new PeerDelivery(
            UUID.fromString(rs.getString("id")), rs.getLong("establishment_id"), PeerKind.valueOf(rs.getString("peer")),
            rs.getString("target"), rs.getString("purpose"), rs.getString("reference"),
            (Long) rs.getObject("exchange_id", Long.class), rs.getBoolean("settles_exchange"), rs.getString("method"), rs.getString("path"), rs.getString("body"),
            UUID.fromString(rs.getString("idempotency_key")), DeliveryStatus.valueOf(rs.getString("status")),
            rs.getInt("attempts"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("next_attempt_at")),
            instant(rs.getTimestamp("finished_at")), (Integer) rs.getObject("http_status", Integer.class),
            rs.getString("response_body"), rs.getString("last_error"));

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
