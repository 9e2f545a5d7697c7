package org.preau.sandbox.segec;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the sandbox SeGEC extranet holds: members, and the first answer to each idempotency key. */
@Repository
@ConditionalOnProperty(name = "preau.sandbox.enabled", havingValue = "true")
class SandboxSegecStore {

    private final JdbcTemplate jdbc;

    SandboxSegecStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Member(String fase, String schoolYear, String externalRef, String accountId, String lastName, String firstName,
                  LocalDate birthDate, String email, String role, boolean active, Instant updatedAt) {
    }

    record Answer(String bodyHash, Integer status, String body) {
    }

    /** Claims a key (true) or finds the request that claimed it first (false). */
    boolean claim(String key, String fase, String method, String path, String bodyHash, String body, Instant now) {
        try {
            jdbc.update("insert into sandbox_segec_request (idempotency_key, fase, method, path, body_hash, request_body, received_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", key, fase, method, path, bodyHash, body, Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<Answer> answer(String key) {
        return jdbc.query("select body_hash, http_status, response_body from sandbox_segec_request where idempotency_key = ?",
                (rs, i) -> new Answer(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3)), key).stream().findFirst();
    }

    void saveAnswer(String key, int status, String body) {
        jdbc.update("update sandbox_segec_request set http_status = ?, response_body = ? where idempotency_key = ?", status, body, key);
    }

    Optional<Member> member(String fase, String schoolYear, String externalRef) {
        return jdbc.query("select * from sandbox_segec_member where fase = ? and school_year = ? and external_ref = ?",
                (rs, i) -> read(rs), fase, schoolYear, externalRef).stream().findFirst();
    }

    boolean emailKnown(String email) {
        return !jdbc.queryForList("select id from sandbox_segec_member where email = ? limit 1", Long.class, email).isEmpty();
    }

    /** Creates or updates a member; keeps its account id when it has one. */
    Member save(String fase, String schoolYear, String externalRef, String lastName, String firstName, LocalDate birthDate,
                String email, String role, boolean active, Instant now) {
        String accountId = member(fase, schoolYear, externalRef).map(Member::accountId)
                .or(() -> jdbc.queryForList("select account_id from sandbox_segec_member where email = ? limit 1", String.class, email)
                        .stream().findFirst())
                .orElse("SEGEC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        jdbc.update("insert into sandbox_segec_member (fase, school_year, external_ref, account_id, last_name, first_name, birth_date, email, "
                        + "role, active, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on duplicate key update "
                        + "last_name = values(last_name), first_name = values(first_name), birth_date = values(birth_date), "
                        + "email = values(email), role = values(role), active = values(active), updated_at = values(updated_at)",
                fase, schoolYear, externalRef, accountId, lastName, firstName, birthDate == null ? null : Date.valueOf(birthDate), email,
                role, active, Timestamp.from(now));
        return member(fase, schoolYear, externalRef).orElseThrow();
    }

    List<Member> members(String fase, String schoolYear) {
        return jdbc.query("select * from sandbox_segec_member where fase = ? and (? is null or school_year = ?) order by last_name, first_name",
                (rs, i) -> read(rs), fase, schoolYear, schoolYear);
    }

    record Received(Instant at, String method, String path, Integer status, String response) {
    }

    List<Received> received(String fase, int limit) {
        return jdbc.query("select received_at, method, path, http_status, response_body from sandbox_segec_request where fase = ? "
                        + "order by received_at desc limit ?",
                (rs, i) -> new Received(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
                        rs.getString(5)), fase, limit);
    }

    private static Member read(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date birth = rs.getDate("birth_date");
        return new Member(rs.getString("fase"), rs.getString("school_year"), rs.getString("external_ref"), rs.getString("account_id"),
                rs.getString("last_name"), rs.getString("first_name"), birth == null ? null : birth.toLocalDate(), rs.getString("email"),
                rs.getString("role"), rs.getBoolean("active"), rs.getTimestamp("updated_at").toInstant());
    }
}
