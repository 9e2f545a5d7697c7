package org.preau.staff;

import org.preau.base.LeaverScrub;
import org.preau.base.PersonTraces;
import org.preau.base.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff module's part of the retention job (privacy decides who and when): which members left
 * the establishment before a date, and their scrub. The scrub keeps the member's row and every
 * row per year (functions, disciplines with their hours, services, presences, grade, sex: what
 * headcounts and the Miroir indicators count) and removes who the person was: names replaced,
 * birth date, e-mails and import identifier (STS-WEB or CSV id) cleared, the Préau account unlinked.
 */
@Component
public class StaffRetention implements LeaverScrub {

    /** A member not present in any year under way whose last presence ended before the date asked, not scrubbed yet. */
    public record Leaver(long id, String nom, String prenom, LocalDate leftOn, String username, PersonTraces traces) {
        public String fullName() {
            return nom + " " + prenom;
        }
    }

    /** A function in year {@code y} counts as presence unless that year's presence row (or the latest earlier one) unticks it. */
    private static final String PRESENT = """
            coalesce((select p.presence_administrative from staff_year_presence p join school_year py on py.id = p.school_year_id
                      where p.staff_member_id = m.id and py.start_year <= y.start_year order by py.start_year desc limit 1), true)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StaffRetention(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Members of the establishment with no presence (a function, administrative presence ticked) in
     * a year in preparation or under way, who left before {@code cutoff} ({@link #leftOn}).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Leaver> leftBefore(long establishmentId, LocalDate cutoff) {
        List<Leaver> leavers = new ArrayList<>();
        jdbc.query("""
                select m.id, m.nom_usage, m.nom_patronymique, m.prenom, m.external_id, m.email_pro, m.email_perso, m.username,
                       m.exit_date,
                       (select max(y.start_year) from staff_function f join school_year y on y.id = f.school_year_id
                        where f.staff_member_id = m.id and %s) last_year,
                       (select min(y.start_year) from staff_function f join school_year y on y.id = f.school_year_id
                        where f.staff_member_id = m.id) first_year,
                       exists (select 1 from staff_function f join school_year y on y.id = f.school_year_id
                               where f.staff_member_id = m.id and y.state <> 'CLOTUREE' and %s) present_now
                from staff_member m
                where m.establishment_id = ? and m.scrubbed_at is null
                order by m.nom_usage, m.prenom, m.id""".formatted(PRESENT, PRESENT), rs -> {
            if (rs.getBoolean("present_now")) return;
            LocalDate leftOn = leftOn(rs);
            if (leftOn == null || !leftOn.isBefore(cutoff)) return;
            long id = rs.getLong("id");
            PersonTraces traces = new PersonTraces(id, names(rs.getString("nom_usage"), rs.getString("nom_patronymique")),
                    names(rs.getString("prenom")), names(rs.getString("external_id"), rs.getString("email_pro"), rs.getString("email_perso")));
            leavers.add(new Leaver(id, rs.getString("nom_usage"), rs.getString("prenom"), leftOn, rs.getString("username"), traces));
        }, establishmentId);
        return leavers;
    }

    /**
     * The exit date; else the end of the last year present; else, for a member whose every year has
     * the presence unticked, the end of the year before the first; else nothing: a member who never
     * had a function (a secretary entered by hand) and no exit date has not been seen to leave.
     */
    private static LocalDate leftOn(ResultSet rs) throws SQLException {
        Date exit = rs.getDate("exit_date");
        if (exit != null) return exit.toLocalDate();
        int lastYear = rs.getInt("last_year");
        if (!rs.wasNull()) return LocalDate.of(lastYear + 1, 8, 31);
        int firstYear = rs.getInt("first_year");
        return rs.wasNull() ? null : LocalDate.of(firstYear, 8, 31);
    }

    @Override
    public Map<String, Integer> scrub(long establishmentId, Collection<PersonTraces> people) {
        return Map.of();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrubStaff(long establishmentId, Collection<PersonTraces> staff) {
        Timestamp now = Timestamp.from(clock.instant());
        String erased = Texts.get("privacy.erased");
        int rows = 0;
        for (PersonTraces p : staff) {
            rows += jdbc.update("""
                    update staff_member set nom_usage = ?, nom_patronymique = null, prenom = ?, date_naissance = null, email_pro = null,
                           email_perso = null, external_id = null, username = null, scrubbed_at = ?, updated_at = ?,
                           version = version + 1
                    where establishment_id = ? and id = ?""", erased, Texts.get("staff.scrubbed.prenom", p.id()), now, now,
                    establishmentId, p.id());
        }
        Map<String, Integer> changed = new LinkedHashMap<>();
        if (rows > 0) changed.put("staff_member", rows);
        return changed;
    }

    private static List<String> names(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) if (v != null) out.add(v);
        return out;
    }
}
