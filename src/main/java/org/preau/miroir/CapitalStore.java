package org.preau.miroir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The {@code miroir_capital_line} table, in plain JDBC (a year's lines are replaced as a whole). */
@Component
class CapitalStore {

    private final JdbcTemplate jdbc;

    CapitalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CapitalLine> lines(long establishmentId, long schoolYearId) {
        return jdbc.query("""
                select line_no, implantation, level, nature, periods, staff_id, teacher_name from miroir_capital_line
                where establishment_id = ? and school_year_id = ? order by line_no, id""",
                (rs, i) -> new CapitalLine(rs.getInt(1), rs.getString(2), rs.getString(3), PeriodNature.valueOf(rs.getString(4)),
                        rs.getInt(5), (Long) rs.getObject(6, Long.class), rs.getString(7)),
                establishmentId, schoolYearId);
    }

    boolean exists(long establishmentId, long schoolYearId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from miroir_capital_line where establishment_id = ? and school_year_id = ?)",
                Boolean.class, establishmentId, schoolYearId));
    }

    void replace(long establishmentId, long schoolYearId, List<CapitalLine> lines) {
        jdbc.update("delete from miroir_capital_line where establishment_id = ? and school_year_id = ?", establishmentId, schoolYearId);
        jdbc.batchUpdate("""
                insert into miroir_capital_line (establishment_id, school_year_id, line_no, implantation, level, nature, periods,
                staff_id, teacher_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines, 500, (ps, l) -> {
            ps.setLong(1, establishmentId);
            ps.setLong(2, schoolYearId);
            ps.setInt(3, l.lineNo());
            ps.setString(4, l.implantation());
            ps.setString(5, l.level());
            ps.setString(6, l.nature().name());
            ps.setInt(7, l.periods());
            ps.setObject(8, l.staffId());
            ps.setString(9, l.teacherName());
        });
    }
}
