package org.preau.learner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.TreeSet;

/** {@link TeacherDivisions} read from the {@code teacher_division} table. */
@Component
class TeacherDivisionTable implements TeacherDivisions {

    private final JdbcTemplate jdbc;

    TeacherDivisionTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> divisions(long establishmentId, long schoolYearId, String username) {
        return new TreeSet<>(jdbc.queryForList(
                "select division from teacher_division where establishment_id = ? and school_year_id = ? and username = ?",
                String.class, establishmentId, schoolYearId, username));
    }

    void assign(long establishmentId, long schoolYearId, String username, String division) {
        jdbc.update("insert ignore into teacher_division (establishment_id, school_year_id, username, division) values (?, ?, ?, ?)",
                establishmentId, schoolYearId, username, division);
    }

    void clear(long establishmentId, long schoolYearId, String username) {
        jdbc.update("delete from teacher_division where establishment_id = ? and school_year_id = ? and username = ?",
                establishmentId, schoolYearId, username);
    }
}
