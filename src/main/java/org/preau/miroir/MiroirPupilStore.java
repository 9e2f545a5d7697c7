package org.preau.miroir;

import org.preau.pupil.Ceb;
import org.preau.pupil.BelgianPupils;
import org.preau.pupil.PupilIndicatorRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pupil data of the indicators: the pupil records of the school (module {@code pupil}) first,
 * then, for a learner without one, what was typed or imported into {@code miroir_pupil} before the
 * school kept pupil records.
 */
@Component
class MiroirPupilStore {

    private final JdbcTemplate jdbc;
    private final BelgianPupils records;

    MiroirPupilStore(JdbcTemplate jdbc, BelgianPupils records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    Map<Long, PupilData> ofYear(long establishmentId, long schoolYearId) {
        Map<Long, PupilData> all = legacy(establishmentId, schoolYearId);
        for (PupilIndicatorRow r : records.ofYear(establishmentId, schoolYearId)) {
            // a secondary level has no Miroir counterpart: such a pupil is not counted by the fundamental indicators
            Level.parse(r.level().name()).ifPresent(level -> all.put(r.learnerId(), new PupilData(r.learnerId(), level, r.implantation(),
                    r.ceb())));
        }
        return all;
    }

    private Map<Long, PupilData> legacy(long establishmentId, long schoolYearId) {
        Map<Long, PupilData> all = new HashMap<>();
        jdbc.query("select learner_id, level, implantation, ceb_result from miroir_pupil where establishment_id = ? and school_year_id = ?",
                rs -> {
                    long id = rs.getLong(1);
                    String ceb = rs.getString(4);
                    all.put(id, new PupilData(id, Level.valueOf(rs.getString(2)), rs.getString(3), ceb == null ? null : Ceb.valueOf(ceb)));
                }, establishmentId, schoolYearId);
        return all;
    }

    Optional<PupilData> find(long establishmentId, long schoolYearId, long learnerId) {
        PupilData recorded = ofYear(establishmentId, schoolYearId).get(learnerId);
        if (recorded != null) return Optional.of(recorded);
        return jdbc.query("select learner_id, level, implantation, ceb_result from miroir_pupil "
                        + "where establishment_id = ? and school_year_id = ? and learner_id = ?",
                (rs, i) -> new PupilData(rs.getLong(1), Level.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4) == null ? null : Ceb.valueOf(rs.getString(4))),
                establishmentId, schoolYearId, learnerId).stream().findFirst();
    }

    List<String> implantations(long establishmentId) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(jdbc.queryForList("""
                select implantation from miroir_pupil where establishment_id = ?
                union select implantation from miroir_capital_line where establishment_id = ?""",
                String.class, establishmentId, establishmentId));
        records.implantations().forEach(i -> names.add(i.name()));
        return List.copyOf(names);
    }

    void upsert(long establishmentId, long schoolYearId, List<PupilData> pupils, String by, Instant at) {
        jdbc.batchUpdate("""
                insert into miroir_pupil (establishment_id, school_year_id, learner_id, level, implantation, ceb_result, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) on duplicate key update level = values(level), implantation = values(implantation),
                ceb_result = values(ceb_result), updated_at = values(updated_at), updated_by = values(updated_by)""",
                pupils, 500, (ps, p) -> {
                    ps.setLong(1, establishmentId);
                    ps.setLong(2, schoolYearId);
                    ps.setLong(3, p.learnerId());
                    ps.setString(4, p.level().name());
                    ps.setString(5, p.implantation());
                    ps.setString(6, p.ceb() == null ? null : p.ceb().name());
                    ps.setTimestamp(7, Timestamp.from(at));
                    ps.setString(8, by);
                });
    }
}
