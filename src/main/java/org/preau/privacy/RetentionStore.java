package org.preau.privacy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/** The {@code retention_policy} table: one row per establishment that changed the defaults. */
@Component
class RetentionStore {

    private final JdbcTemplate jdbc;

    RetentionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    RetentionPolicy policy(long establishmentId) {
        return jdbc.query("select leaver_years, original_months, audit_years from retention_policy where establishment_id = ?",
                        (rs, i) -> new RetentionPolicy(rs.getInt(1), rs.getInt(2), rs.getInt(3)), establishmentId)
                .stream().findFirst().orElse(RetentionPolicy.DEFAULT);
    }

    void save(long establishmentId, RetentionPolicy p, String by, Instant at) {
        jdbc.update("""
                insert into retention_policy (establishment_id, leaver_years, original_months, audit_years, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?)
                on duplicate key update leaver_years = values(leaver_years), original_months = values(original_months),
                    audit_years = values(audit_years), updated_at = values(updated_at), updated_by = values(updated_by)""",
                establishmentId, p.leaverYears(), p.originalMonths(), p.auditYears(), Timestamp.from(at), by);
    }
}
