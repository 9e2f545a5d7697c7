package org.preau.staff;

import org.preau.establishment.SchoolYearService;
import org.preau.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The whole staff of an establishment in one school year, read in one query, for features that
 * send it elsewhere (SeGEC, Miroir). Screens use {@link #current}; scheduled work that runs
 * without a user uses {@link #ofEstablishment} with the establishment it works for.
 */
@Service
public class StaffRoster {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final SchoolYearService years;

    StaffRoster(JdbcTemplate jdbc, CurrentUser currentUser, SchoolYearService years) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.years = years;
    }

    /** The current establishment's staff with their functions in that year (of the same establishment). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<StaffRosterEntry> current(long schoolYearId) {
        years.require(schoolYearId);
        return ofEstablishment(currentUser.establishmentId(), schoolYearId);
    }

    /** The record linked to the signed-in account, if any, with its functions in that year. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<StaffRosterEntry> mine(long schoolYearId) {
        years.require(schoolYearId);
        String username = currentUser.username();
        return ofEstablishment(currentUser.establishmentId(), schoolYearId).stream()
                .filter(e -> username.equals(e.username())).findFirst();
    }

    /** Background work only (no screen reaches it): the caller names the establishment it works for. */
    @Transactional(readOnly = true)
    public List<StaffRosterEntry> ofEstablishment(long establishmentId, long schoolYearId) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.query("""
                        select m.id, m.nom_usage, m.prenom, m.date_naissance, m.email_perso, m.exit_date,
                               coalesce(p.presence_administrative, true), coalesce(p.presence_physique, true),
                               coalesce(p.fonction_promotion, false), m.username, f.code
                        from staff_member m
                        left join staff_function f on f.staff_member_id = m.id and f.school_year_id = ?
                        left join staff_year_presence p on p.staff_member_id = m.id and p.school_year_id = """ + StaffYearPresence.LATEST + """
                        where m.establishment_id = ?
                        order by m.nom_usage, m.prenom, m.id""",
                (ResultSet rs) -> {
                    Row row = rows.computeIfAbsent(rs.getLong(1), id -> read(rs));
                    String code = rs.getString(11);
                    if (code != null) row.functions.add(code);
                }, schoolYearId, schoolYearId, establishmentId);
        List<StaffRosterEntry> entries = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            entries.add(new StaffRosterEntry(r.id, r.nom, r.prenom, r.birth, r.email, r.functions, r.exit, r.admin, r.physique, r.promotion,
                    r.username));
        }
        return entries;
    }

    private static Row read(ResultSet rs) {
        try {
            Date birth = rs.getDate(4);
            Date exit = rs.getDate(6);
            return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), birth == null ? null : birth.toLocalDate(),
                    rs.getString(5), exit == null ? null : exit.toLocalDate(), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9),
                    rs.getString(10), new TreeSet<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Row(long id, String nom, String prenom, java.time.LocalDate birth, String email, java.time.LocalDate exit,
                       boolean admin, boolean physique, boolean promotion, String username, TreeSet<String> functions) {
    }
}
