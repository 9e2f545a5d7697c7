package org.preau.learner;

import org.preau.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.TreeSet;

/**
 * {@link TeacherDivisions}: the divisions STS-WEB lists in the teacher's services (the staff
 * record linked to the account), plus those assigned by hand in the {@code teacher_division}
 * table (schools without STS-WEB, demo data, tests).
 */
@Component
class TeacherDivisionStore implements TeacherDivisions {

    private final JdbcTemplate jdbc;
    private final org.preau.staff.TaughtDivisions fromStaffServices;
    private final CurrentUser currentUser;

    TeacherDivisionStore(JdbcTemplate jdbc, org.preau.staff.TaughtDivisions fromStaffServices, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.fromStaffServices = fromStaffServices;
        this.currentUser = currentUser;
    }

    @Override
    public Set<String> divisions(long establishmentId, long schoolYearId, String username) {
        Set<String> divisions = new TreeSet<>(jdbc.queryForList(
                "select division from teacher_division where establishment_id = ? and school_year_id = ? and username = ?",
                String.class, establishmentId, schoolYearId, username));
        // The staff services are read for the establishment the user works in, which is the one asked here.
        if (currentUser.get().isPresent() && currentUser.establishmentId() == establishmentId) {
            divisions.addAll(fromStaffServices.divisionsOf(username, schoolYearId));
        }
        return divisions;
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
