package org.preau.inspection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The {@code inspection_…} tables, always filtered by establishment. */
@Repository
class InspectionStore {

    private final JdbcTemplate jdbc;

    InspectionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DiplomaGrant> all(long establishmentId) {
        Map<Long, List<Referent>> referents = new LinkedHashMap<>();
        jdbc.query("select diploma_id, username, display_name, email from inspection_referent where establishment_id = ? "
                        + "order by display_name, username",
                rs -> {
                    referents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Referent(rs.getString(2), rs.getString(3), rs.getString(4)));
                }, establishmentId);
        return jdbc.query("select id, diploma_code, label, granted, changed_at, changed_by from inspection_diploma "
                        + "where establishment_id = ? order by label, diploma_code",
                (rs, i) -> new DiplomaGrant(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), List.copyOf(referents.getOrDefault(rs.getLong(1), List.of()))),
                establishmentId);
    }

    Optional<DiplomaGrant> find(long establishmentId, long diplomaId) {
        return all(establishmentId).stream().filter(d -> d.id() == diplomaId).findFirst();
    }

    Optional<DiplomaGrant> findByCode(long establishmentId, String code) {
        return all(establishmentId).stream().filter(d -> d.diplomaCode().equals(code)).findFirst();
    }

    /** Adds the diploma unless the establishment has it; returns whether it added it. */
    boolean insert(long establishmentId, String code, String label, Instant now, String by) {
        return jdbc.update("insert ignore into inspection_diploma (establishment_id, diploma_code, label, granted, changed_at, changed_by) "
                + "values (?, ?, ?, false, ?, ?)", establishmentId, code, label, Timestamp.from(now), by) > 0;
    }

    void addReferent(long establishmentId, long diplomaId, Referent referent) {
        jdbc.update("insert into inspection_referent (diploma_id, establishment_id, username, display_name, email) values (?, ?, ?, ?, ?) "
                        + "on duplicate key update display_name = values(display_name), email = values(email)",
                diplomaId, establishmentId, referent.username(), referent.displayName(), referent.email());
    }

    /**
     * The inspector named by e-mail signed in: their invitations in the establishments they serve
     * become referents under their username (where they already are one, the invitation goes).
     */
    int claimInvitations(String invitationKey, String username, String displayName, java.util.Collection<Long> establishmentIds) {
        int claimed = 0;
        for (Long establishmentId : establishmentIds) {
            List<Long> diplomas = jdbc.queryForList("select diploma_id from inspection_referent where establishment_id = ? and username = ?",
                    Long.class, establishmentId, invitationKey);
            for (Long diplomaId : diplomas) {
                Integer already = jdbc.queryForObject("select count(*) from inspection_referent where diploma_id = ? and username = ?",
                        Integer.class, diplomaId, username);
                if (already != null && already > 0) {
                    jdbc.update("delete from inspection_referent where diploma_id = ? and username = ?", diplomaId, invitationKey);
                } else {
                    jdbc.update("update inspection_referent set username = ?, display_name = ? where diploma_id = ? and username = ?",
                            username, displayName, diplomaId, invitationKey);
                }
                claimed++;
            }
        }
        return claimed;
    }

    void removeReferent(long establishmentId, long diplomaId, String username) {
        jdbc.update("delete from inspection_referent where establishment_id = ? and diploma_id = ? and username = ?",
                establishmentId, diplomaId, username);
    }

    /** Sets the switch; returns false when it already had that value (nothing to record, nothing to mail). */
    boolean setGranted(long establishmentId, long diplomaId, boolean granted, Instant now, String by) {
        return jdbc.update("update inspection_diploma set granted = ?, changed_at = ?, changed_by = ? "
                        + "where establishment_id = ? and id = ? and granted <> ?",
                granted, Timestamp.from(now), by, establishmentId, diplomaId, granted) > 0;
    }

    void recordChange(long establishmentId, String code, boolean granted, Instant now, String by) {
        jdbc.update("insert into inspection_grant_change (establishment_id, diploma_code, granted, changed_at, changed_by) values (?, ?, ?, ?, ?)",
                establishmentId, code, granted, Timestamp.from(now), by);
    }

    List<GrantChange> changes(long establishmentId) {
        return jdbc.query("""
                        select c.diploma_code, coalesce(d.label, c.diploma_code), c.granted, c.changed_at, c.changed_by
                        from inspection_grant_change c
                        left join inspection_diploma d on d.establishment_id = c.establishment_id and d.diploma_code = c.diploma_code
                        where c.establishment_id = ? order by c.changed_at desc, c.id desc limit 200""",
                (rs, i) -> new GrantChange(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getTimestamp(4).toInstant(),
                        rs.getString(5)), establishmentId);
    }

    /** The codes of the granted diplomas of which that inspector is a referent, in that establishment. */
    Set<String> grantedTo(long establishmentId, String username) {
        return new TreeSet<>(jdbc.queryForList("""
                select d.diploma_code from inspection_diploma d
                join inspection_referent r on r.diploma_id = d.id
                where d.establishment_id = ? and d.granted and r.username = ?""", String.class, establishmentId, username));
    }

    record Granted(long establishmentId, String code, String label) {
    }

    /** Every granted diploma of which that inspector is a referent, in any of those establishments. */
    List<Granted> grantedTo(String username, List<Long> establishmentIds) {
        if (establishmentIds.isEmpty()) return List.of();
        List<Object> args = new ArrayList<>();
        args.add(username);
        args.addAll(establishmentIds);
        return jdbc.query("select d.establishment_id, d.diploma_code, d.label from inspection_diploma d "
                        + "join inspection_referent r on r.diploma_id = d.id where d.granted and r.username = ? and d.establishment_id in ("
                        + String.join(", ", java.util.Collections.nCopies(establishmentIds.size(), "?")) + ") order by d.label",
                (rs, i) -> new Granted(rs.getLong(1), rs.getString(2), rs.getString(3)), args.toArray());
    }
}
