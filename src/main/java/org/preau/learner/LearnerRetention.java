package org.preau.learner;

import org.preau.base.LeaverScrub;
import org.preau.base.PersonTraces;
import org.preau.base.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The learner module's part of the retention job (privacy decides who and when, without a signed-in
 * user): which learners left before a date, and their scrub. The scrub keeps every enrolment
 * (year, division, MEF, active, dates: what headcounts and indicators count) and the records'
 * rows (kind, date, author), and removes who the learner was: names replaced by a neutral one,
 * INE, SIECLE number, birth date cleared, records' title and text emptied.
 */
@Component
public class LearnerRetention implements LeaverScrub {

    /** A learner whose latest enrolment ended before the date asked, not scrubbed yet. */
    public record Leaver(long id, String nom, String prenom, LocalDate leftOn, PersonTraces traces) {
        public String fullName() {
            return nom + " " + prenom;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LearnerRetention(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Learners of the establishment whose latest enrolment is inactive and ended before {@code cutoff}
     * (its exit date, else the day it was deactivated, else the end of its school year). Earlier years'
     * enrolments stay active (the learner was there that year): only the latest one says they left.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Leaver> leftBefore(long establishmentId, LocalDate cutoff) {
        return jdbc.query("""
                        select l.id, l.nom, l.nom_usage, l.prenom, l.prenom2, l.prenom3, l.ine, l.eleve_id,
                               coalesce(e.exit_date, date(e.deactivated_at), str_to_date(concat(e.start_year + 1, '-08-31'), '%Y-%m-%d')) left_on
                        from learner l
                        join enrolment e on e.learner_id = l.id
                             and e.start_year = (select max(x.start_year) from enrolment x where x.learner_id = l.id)
                        where l.establishment_id = ? and l.scrubbed_at is null and e.active = false
                          and coalesce(e.exit_date, date(e.deactivated_at), str_to_date(concat(e.start_year + 1, '-08-31'), '%Y-%m-%d')) < ?
                        order by l.nom, l.prenom, l.id""",
                (rs, i) -> {
                    List<String> last = new ArrayList<>();
                    last.add(rs.getString(2));
                    last.add(rs.getString(3));
                    List<String> first = new ArrayList<>();
                    first.add(rs.getString(4));
                    first.add(rs.getString(5));
                    first.add(rs.getString(6));
                    List<String> ids = new ArrayList<>();
                    ids.add(rs.getString(7));
                    ids.add(rs.getString(8));
                    return new Leaver(rs.getLong(1), rs.getString(2), rs.getString(4), rs.getDate(9).toLocalDate(),
                            new PersonTraces(rs.getLong(1), last, first, ids));
                }, establishmentId, java.sql.Date.valueOf(cutoff));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrub(long establishmentId, Collection<PersonTraces> people) {
        Map<String, Integer> changed = new LinkedHashMap<>();
        Timestamp now = Timestamp.from(clock.instant());
        String nom = Texts.get("learner.scrubbed.nom");
        int learners = 0;
        int enrolments = 0;
        int records = 0;
        for (PersonTraces p : people) {
            String prenom = Texts.get("learner.scrubbed.prenom", p.id());
            learners += jdbc.update("""
                    update learner set nom = ?, nom_usage = null, prenom = ?, prenom2 = null, prenom3 = null, ine = null,
                           eleve_id = null, siecle_key = ?, date_naissance = null, scrubbed_at = ?, updated_at = ?
                    where establishment_id = ? and id = ?""", nom, prenom, "EFFACE:" + p.id(), now, now, establishmentId, p.id());
            enrolments += jdbc.update("update enrolment set sort_name = ? where establishment_id = ? and learner_id = ?",
                    ImportedLearner.sortName(nom, null, prenom), establishmentId, p.id());
            records += jdbc.update("""
                    update learner_record set title = '', content = '', version = version + 1
                    where establishment_id = ? and learner_id = ?""", establishmentId, p.id());
        }
        put(changed, "learner", learners);
        put(changed, "enrolment", enrolments);
        put(changed, "learner_record", records);
        return changed;
    }

    static void put(Map<String, Integer> changed, String table, int rows) {
        if (rows > 0) changed.put(table, rows);
    }
}
