package org.preau.miroir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code miroir_pupil} table, in plain JDBC. */
@Component
class PupilStore {

    private final JdbcTemplate jdbc;

    PupilStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, PupilData> ofYear(long establishmentId, long schoolYearId) {
        Map<Long, PupilData> all = new HashMap<>();
        jdbc.query("select learner_id, level, implantation, ceb_result from miroir_pupil where establishment_id = ? and school_year_id = ?",
                rs -> {
                    long id = rs.getLong(1);
                    String ceb = rs.getString(4);
                    all.put(id, new PupilData(id, Level.valueOf(rs.getString(2)), rs.getString(3), ceb == null ? null : CebResult.valueOf(ceb)));
                }, establishmentId, schoolYearId);
        return all;
    }

    Optional<PupilData> find(long establishmentId, long schoolYearId, long learnerId) {
        return jdbc.query("select learner_id, level, implantation, ceb_result from miroir_pupil "
                        + "where establishment_id = ? and school_year_id = ? and learner_id = ?",
                (rs, i) -> new PupilData(rs.getLong(1), Level.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4) == null ? null : CebResult.valueOf(rs.getString(4))),
                establishmentId, schoolYearId, learnerId).stream().findFirst();
    }

    List<String> implantations(long establishmentId) {
        return jdbc.queryForList("""
                select implantation from miroir_pupil where establishment_id = ?
                union select implantation from miroir_capital_line where establishment_id = ? order by 1""",
                String.class, establishmentId, establishmentId);
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
