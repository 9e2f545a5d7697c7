package org.preau.privacy;

import org.preau.base.PersonalDataAccessed;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code access_audit} table. Insert and select only, on purpose: no update statement exists
 * for it in the application, and one delete only, the retention statement of
 * {@link #deleteOlderThan} (a test checks the sources); triggers refuse any other.
 */
@Component
class AuditStore {

    record Row(long id, Instant occurredAt, String actor, PersonalDataAccessed.Subject subject, Long subjectId,
               PersonalDataAccessed.Action action, String through) {
    }

    static final int LIMIT = 1000;

    private final JdbcTemplate jdbc;

    AuditStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String INSERT = "insert into access_audit (establishment_id, occurred_at, actor, subject_kind, subject_id, action, through) "
            + "values (?, ?, ?, ?, ?, ?, ?)";

    void append(PersonalDataAccessed e, Instant at) {
        jdbc.update(INSERT, row(e, at));
    }

    /** The rows of one act in one batch (a print of many forms). */
    void appendAll(List<PersonalDataAccessed> events, Instant at) {
        jdbc.batchUpdate(INSERT, events.stream().map(e -> row(e, at)).toList());
    }

    private static Object[] row(PersonalDataAccessed e, Instant at) {
        return new Object[] {e.establishmentId(), Timestamp.from(at), e.actor(), e.subject().name(), e.subjectId(), e.action().name(),
                e.through() == null ? null : truncate(e.through(), 300)};
    }

    /** The newest rows of an establishment, optionally of one actor and one person (the last {@value LIMIT}). */
    List<Row> newest(long establishmentId, String actor, PersonalDataAccessed.Subject subject, Long subjectId) {
        StringBuilder sql = new StringBuilder("select id, occurred_at, actor, subject_kind, subject_id, action, through "
                + "from access_audit where establishment_id = ?");
        List<Object> args = new ArrayList<>(List.of(establishmentId));
        if (actor != null) {
            sql.append(" and actor = ?");
            args.add(actor);
        }
        if (subject != null) {
            sql.append(" and subject_kind = ? and subject_id = ?");
            args.add(subject.name());
            args.add(subjectId);
        }
        sql.append(" order by occurred_at desc, id desc limit ").append(LIMIT);
        return jdbc.query(sql.toString(), (rs, i) -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                PersonalDataAccessed.Subject.valueOf(rs.getString(4)), (Long) rs.getObject(5, Long.class),
                PersonalDataAccessed.Action.valueOf(rs.getString(6)), rs.getString(7)), args.toArray());
    }

    /**
     * The one delete path: the rows of one establishment older than its retention limit. The
     * trigger lets a delete through only for the establishment and the limit named in these two
     * session variables, set and cleared around the statement on the transaction's own connection.
     */
    int deleteOlderThan(long establishmentId, Instant before) {
        Integer deleted = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement set = connection.prepareStatement(
                    "set @preau_audit_retention_establishment = ?, @preau_audit_retention_before = ?")) {
                set.setLong(1, establishmentId);
                set.setTimestamp(2, Timestamp.from(before));
                set.execute();
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from access_audit where establishment_id = ? and occurred_at < ?")) {
                delete.setLong(1, establishmentId);
                delete.setTimestamp(2, Timestamp.from(before));
                return delete.executeUpdate();
            } finally {
                try (PreparedStatement clear = connection.prepareStatement(
                        "set @preau_audit_retention_establishment = null, @preau_audit_retention_before = null")) {
                    clear.execute();
                }
            }
        });
        return deleted == null ? 0 : deleted;
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
