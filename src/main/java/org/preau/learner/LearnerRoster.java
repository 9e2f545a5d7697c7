package org.preau.learner;

import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The learners of the current establishment as imports see them: a snapshot to compare an
 * export with, and the bulk write of what the import decided. Both run inside the caller's
 * transaction, so that an import compares and writes in one.
 */
@Service
public class LearnerRoster {

    private final JdbcTemplate jdbc;
    private final RosterWriter writer;
    private final CurrentUser currentUser;
    private final SchoolYearService schoolYears;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearnerRoster(JdbcTemplate jdbc, RosterWriter writer, CurrentUser currentUser, SchoolYearService schoolYears,
                  ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.currentUser = currentUser;
        this.schoolYears = schoolYears;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Every learner of the establishment by SIECLE key, each with the enrolment of that year or,
     * failing that, their latest earlier one.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'IMPORT_API')")
    public Map<String, KnownLearner> snapshot(long schoolYearId) {
        SchoolYearView year = schoolYears.require(schoolYearId);
        long establishmentId = currentUser.establishmentId();
        record Before(long schoolYearId, int startYear, String division, String groups, String codeMef, boolean active,
                      java.time.LocalDate entryDate, java.time.LocalDate exitDate) {
        }
        Map<Long, Before> latest = new HashMap<>();
        jdbc.query("""
                select learner_id, school_year_id, start_year, division, groups_codes, code_mef, active, entry_date, exit_date
                from enrolment where establishment_id = ? and start_year <= ? order by learner_id, start_year""", rs -> {
            latest.put(rs.getLong(1), new Before(rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    rs.getBoolean(7), LearnerQueries.date(rs, 8), LearnerQueries.date(rs, 9)));
        }, establishmentId, year.startYear());
        Map<String, KnownLearner> known = new HashMap<>(Math.max(16, latest.size() * 2));
        jdbc.query("""
                select id, siecle_key, ine, eleve_id, nom, nom_usage, prenom, prenom2, prenom3, sexe, date_naissance
                from learner where establishment_id = ?""", rs -> {
            long id = rs.getLong(1);
            Before b = latest.get(id);
            known.put(rs.getString(2), new KnownLearner(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), LearnerQueries.date(rs, 11),
                    b == null ? 0 : b.schoolYearId(), b == null ? 0 : b.startYear(), b == null ? null : b.division(),
                    b == null ? null : b.groups(), b == null ? null : b.codeMef(), b != null && b.active(),
                    b == null ? null : b.entryDate(), b == null ? null : b.exitDate()));
        }, establishmentId);
        return known;
    }

    /**
     * Writes what an import decided, in the caller's transaction, and publishes
     * {@link LearnerArrived} and {@link LearnerDeactivated} (heard by transactional listeners after commit).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'IMPORT_API')")
    public RosterResult apply(long schoolYearId, RosterChanges changes) {
        SchoolYearView year = schoolYears.require(schoolYearId);
        long establishmentId = currentUser.establishmentId();
        Instant now = clock.instant();

        List<ImportedLearner> identities = changes.writes().stream().filter(ImportedLearner::writeIdentity).toList();
        writer.upsertIdentities(establishmentId, identities, now);
        boolean newcomers = changes.writes().stream().anyMatch(l -> l.learnerId() == null);
        Map<String, Long> ids = newcomers ? writer.ids(establishmentId) : Map.of();

        List<RosterWriter.EnrolmentRow> enrolments = new ArrayList<>();
        List<Map.Entry<Long, String>> renamed = new ArrayList<>();
        for (ImportedLearner l : changes.writes()) {
            long id = l.learnerId() != null ? l.learnerId() : ids.get(l.siecleKey());
            String sortName = ImportedLearner.sortName(l.nom(), l.nomUsage(), l.prenom());
            if (l.writeIdentity() && l.learnerId() != null) renamed.add(new AbstractMap.SimpleEntry<>(id, sortName));
            if (l.writeEnrolment() || l.learnerId() == null) {
                enrolments.add(new RosterWriter.EnrolmentRow(id, sortName, l.division(), l.groups(), l.codeMef(), l.active(),
                        l.entryDate(), l.exitDate(), l.movement() == ImportedLearner.Movement.LEFT));
            }
        }
        writer.renameEverywhere(renamed);
        writer.upsertEnrolments(establishmentId, year.id(), year.startYear(), enrolments, now);
        writer.deactivate(establishmentId, year.id(), year.startYear(), changes.absentLeavers(), now);

        int arrived = 0;
        int left = 0;
        for (ImportedLearner l : changes.writes()) {
            long id = l.learnerId() != null ? l.learnerId() : ids.get(l.siecleKey());
            switch (l.movement()) {
                case ARRIVED, RETURNED -> {
                    arrived++;
                    events.publishEvent(new LearnerArrived(id, establishmentId, year.id(), l.ine(), l.siecleKey(),
                            l.movement() == ImportedLearner.Movement.RETURNED));
                }
                case LEFT -> {
                    left++;
                    events.publishEvent(new LearnerDeactivated(id, establishmentId, year.id(), l.ine(), l.siecleKey(), l.exitDate()));
                }
                case NONE -> {
                }
            }
        }
        for (KnownLearner k : changes.absentLeavers()) {
            left++;
            events.publishEvent(new LearnerDeactivated(k.learnerId(), establishmentId, year.id(), k.ine(), k.siecleKey(), null));
        }
        return new RosterResult(identities.size(), enrolments.size(), changes.absentLeavers().size(), arrived, left);
    }
}
