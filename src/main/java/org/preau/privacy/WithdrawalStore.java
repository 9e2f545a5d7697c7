package org.preau.privacy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** {@code consent_withdrawal}: withdrawn consents whose own module deletes or switches off the consent. */
@Component
class WithdrawalStore {

    private final JdbcTemplate jdbc;

    WithdrawalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(long establishmentId, ConsentEntry e, Instant at, String by) {
        jdbc.update("insert into consent_withdrawal (establishment_id, kind, reference_id, person, given_at, given_by, withdrawn_at, "
                        + "withdrawn_by) values (?, ?, ?, ?, ?, ?, ?, ?)", establishmentId, e.kind().name(), e.reference(), e.person(),
                e.givenAt() == null ? null : Timestamp.from(e.givenAt()), e.recordedBy(), Timestamp.from(at), by);
    }

    List<ConsentEntry> all(long establishmentId) {
        return jdbc.query("select kind, reference_id, person, given_at, given_by, withdrawn_at, withdrawn_by from consent_withdrawal "
                        + "where establishment_id = ? order by withdrawn_at desc",
                (rs, i) -> new ConsentEntry(ConsentKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3), null,
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), null, rs.getString(5), false,
                        rs.getTimestamp(6).toInstant(), rs.getString(7)), establishmentId);
    }
}
