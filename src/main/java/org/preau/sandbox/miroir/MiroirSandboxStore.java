package org.preau.sandbox.miroir;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the sandbox collection point received ({@code sandbox_miroir_submission}). */
@Component
@ConditionalOnProperty(name = "preau.sandbox.enabled", havingValue = "true")
class MiroirSandboxStore {

    private static final String COLUMNS = "id, fase, school_year, idempotency_key, body_sha256, body, status, messages, replaced, received_at, decided_at";
    private static final RowMapper<SandboxSubmission> ROW = (rs, i) -> new SandboxSubmission(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
            rs.getTimestamp(10).toInstant(), rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant());

    private final JdbcTemplate jdbc;

    MiroirSandboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SandboxSubmission> byKey(String idempotencyKey) {
        return jdbc.query("select " + COLUMNS + " from sandbox_miroir_submission where idempotency_key = ?", ROW, idempotencyKey)
                .stream().findFirst();
    }

    Optional<SandboxSubmission> find(String id) {
        return jdbc.query("select " + COLUMNS + " from sandbox_miroir_submission where id = ?", ROW, id).stream().findFirst();
    }

    /** Stores a new submission; the earlier ones of the same school and year are replaced by it. */
    void insert(SandboxSubmission s) {
        jdbc.update("update sandbox_miroir_submission set replaced = true where fase = ? and school_year = ?", s.fase(), s.schoolYear());
        jdbc.update("insert into sandbox_miroir_submission (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), s.fase(), s.schoolYear(), s.idempotencyKey(), s.bodySha256(), s.body(), s.status(), s.messages(), false,
                Timestamp.from(s.receivedAt()), null);
    }

    void decide(String id, String status, String messages, Instant at) {
        jdbc.update("update sandbox_miroir_submission set status = ?, messages = ?, decided_at = ? where id = ? and status = 'RECEIVED'",
                status, messages, Timestamp.from(at), id);
    }

    List<SandboxSubmission> ofFase(String fase, int limit) {
        return jdbc.query("select " + COLUMNS + " from sandbox_miroir_submission where fase = ? order by received_at desc limit ?",
                ROW, fase, limit);
    }
}
