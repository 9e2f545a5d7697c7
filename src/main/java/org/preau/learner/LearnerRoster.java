package org.preau.learner;

import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LearnerRoster.class);

    private final JdbcTemplate jdbc;
    private final RosterStore writer;
    private final CurrentUser currentUser;
    private final SchoolYearService schoolYears;
    private final List<LearnerMovements> movementListeners;
    private final Clock clock;

    LearnerRoster(JdbcTemplate jdbc, RosterStore writer, CurrentUser currentUser, SchoolYearService schoolYears,
                  List<LearnerMovements> movementListeners, Clock clock) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.currentUser = currentUser;
        this.schoolYears = schoolYears;
        this.movementListeners = List.copyOf(movementListeners);
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
        // divisions, groups, MEF codes and dates repeat: one instance each keeps 100,000 learners small
        Map<Object, Object> shared = new HashMap<>();
        java.util.function.UnaryOperator<Object> share = v -> v == null ? null : shared.computeIfAbsent(v, x -> x);
        jdbc.query("""
                select learner_id, school_year_id, start_year, division, groups_codes, code_mef, active, entry_date, exit_date
                from enrolment where establishment_id = ? and start_year <= ? order by learner_id, start_year""", rs -> {
            latest.put(rs.getLong(1), new Before(rs.getLong(2), rs.getInt(3), (String) share.apply(rs.getString(4)),
                    (String) share.apply(rs.getString(5)), (String) share.apply(rs.getString(6)), rs.getBoolean(7),
                    (java.time.LocalDate) share.apply(LearnerStore.date(rs, 8)), (java.time.LocalDate) share.apply(LearnerStore.date(rs, 9))));
        }, establishmentId, year.startYear());
        Map<String, KnownLearner> known = new HashMap<>(Math.max(16, latest.size() * 2));
        jdbc.query("""
                select id, siecle_key, ine, eleve_id, nom, nom_usage, prenom, prenom2, prenom3, sexe, date_naissance
                from learner where establishment_id = ?""", rs -> {
            long id = rs.getLong(1);
            Before b = latest.remove(id);
            String key = rs.getString(2);
            String ine = rs.getString(3);
            known.put(key, new KnownLearner(id, key, key.equals(ine) ? key : ine, rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), (String) share.apply(rs.getString(10)),
                    (java.time.LocalDate) share.apply(LearnerStore.date(rs, 11)),
                    b == null ? 0 : b.schoolYearId(), b == null ? 0 : b.startYear(), b == null ? null : b.division(),
                    b == null ? null : b.groups(), b == null ? null : b.codeMef(), b != null && b.active(),
                    b == null ? null : b.entryDate(), b == null ? null : b.exitDate()));
        }, establishmentId);
        return known;
    }

    /**
     * A digest of everything {@link #snapshot} reads, computed by the server (nothing is sent
     * back but the counts and two 64-bit XORs): equal digests mean an equal snapshot, so that a
     * confirmation whose data did not change since its preview keeps the preview's comparison
     * instead of reading 100,000 learners again. Every column the snapshot reads is in it,
     * with the row's id, as a JSON array (a null is not an empty text): a change of any of them
     * changes the digest (up to an MD5 collision).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'IMPORT_API')")
    public String snapshotDigest(long schoolYearId) {
        SchoolYearView year = schoolYears.require(schoolYearId);
        long establishmentId = currentUser.establishmentId();
        String learners = jdbc.queryForObject(DIGEST.formatted("""
                select md5(json_array(id, siecle_key, ine, eleve_id, nom, nom_usage, prenom, prenom2, prenom3, sexe, date_naissance)) h
                from learner where establishment_id = ?"""), String.class, establishmentId);
        String enrolments = jdbc.queryForObject(DIGEST.formatted("""
                select md5(json_array(learner_id, school_year_id, start_year, division, groups_codes, code_mef, active, entry_date,
                                      exit_date)) h
                from enrolment where establishment_id = ? and start_year <= ?"""), String.class, establishmentId, year.startYear());
        return schoolYearId + "/" + learners + "/" + enrolments;
    }

    /** Count and XOR of the rows' MD5 halves: independent of the order the rows are read in. */
    private static final String DIGEST = """
            select concat(count(*), ':', coalesce(bit_xor(cast(conv(substr(h, 1, 16), 16, 10) as unsigned)), 0), ':',
                          coalesce(bit_xor(cast(conv(substr(h, 17, 16), 16, 10) as unsigned)), 0))
            from (%s) rows_read""";

    /**
     * The learners between two years of the current establishment (see {@link YearTransition});
     * {@code newYearId} null: the new year does not exist yet.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public YearTransition transition(long closingYearId, Long newYearId) {
        schoolYears.require(closingYearId);
        long newId = newYearId == null ? -1 : schoolYears.require(newYearId).id();
        boolean imported = newYearId != null && Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from enrolment where school_year_id = ?)", Boolean.class, newId));
        // slots: 0 active in the closing year, 1 moving up, 2 same MEF, 3 leaving, 4 not yet known
        Map<String, int[]> perDivision = new java.util.TreeMap<>();
        int[] total = new int[5];
        jdbc.query("""
                select coalesce(c.division, ''), n.learner_id is not null, coalesce(n.active, false), c.code_mef <=> n.code_mef
                from enrolment c left join enrolment n on n.learner_id = c.learner_id and n.school_year_id = ?
                where c.school_year_id = ? and c.active""", rs -> {
            int[] d = perDivision.computeIfAbsent(rs.getString(1), k -> new int[5]);
            int slot = !rs.getBoolean(2) ? (imported ? 3 : 4) : !rs.getBoolean(3) ? 3 : rs.getBoolean(4) ? 2 : 1;
            d[0]++;
            d[slot]++;
            total[0]++;
            total[slot]++;
        }, newId, closingYearId);
        Integer arrivals = jdbc.queryForObject("""
                select count(*) from enrolment n
                left join enrolment c on c.learner_id = n.learner_id and c.school_year_id = ? and c.active
                where n.school_year_id = ? and n.active and c.learner_id is null""", Integer.class, closingYearId, newId);
        List<YearTransition.DivisionTransition> divisions = perDivision.entrySet().stream()
                .map(e -> new YearTransition.DivisionTransition(e.getKey().isEmpty() ? null : e.getKey(),
                        e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4]))
                .toList();
        return new YearTransition(imported, total[0], total[1], total[2], total[3], total[4], arrivals == null ? 0 : arrivals, divisions);
    }

    /**
     * Writes what an import decided, in the caller's transaction, and tells every
     * {@link LearnerMovements} bean, in bulk and in the same transaction, who arrived, came back or left.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'IMPORT_API')")
    public RosterResult apply(long schoolYearId, RosterChanges changes) {
        SchoolYearView year = schoolYears.require(schoolYearId);
        long establishmentId = currentUser.establishmentId();
        Instant now = clock.instant();
        long t0 = System.nanoTime();
        List<Long> named = new ArrayList<>(changes.rekeys().keySet());
        changes.writes().stream().map(ImportedLearner::learnerId).filter(java.util.Objects::nonNull).forEach(named::add);
        changes.absentLeavers().forEach(k -> named.add(k.learnerId()));
        if (writer.notOfEstablishment(establishmentId, named) > 0) {
            throw new AccessDeniedException("Roster changes name learners that are not of establishment " + establishmentId);
        }

        List<ImportedLearner> identities = changes.writes().stream().filter(ImportedLearner::writeIdentity).toList();
        writer.rekey(establishmentId, changes.rekeys());
        Map<String, Long> ids = writer.upsertIdentities(establishmentId, identities, now);
        // the upsert returns the rows it wrote; a row it found already as the file says is looked up
        List<String> unknown = changes.writes().stream()
                .filter(l -> l.learnerId() == null && !ids.containsKey(l.siecleKey())).map(ImportedLearner::siecleKey).toList();
        if (!unknown.isEmpty()) ids.putAll(writer.ids(establishmentId, unknown));

        List<ImportedLearner> enrolments = new ArrayList<>();
        List<Map.Entry<Long, String>> renamed = new ArrayList<>();
        for (ImportedLearner l : changes.writes()) {
            if (l.writeIdentity() && l.learnerId() != null) {
                renamed.add(new AbstractMap.SimpleEntry<>(l.learnerId(), ImportedLearner.sortName(l.nom(), l.nomUsage(), l.prenom())));
            }
            if (l.writeEnrolment() || l.learnerId() == null) enrolments.add(l);
        }
        long t1 = System.nanoTime();
        writer.renameEverywhere(establishmentId, renamed);
        writer.upsertEnrolments(establishmentId, year.id(), year.startYear(), enrolments,
                l -> l.learnerId() != null ? l.learnerId() : ids.get(l.siecleKey()), now);
        writer.deactivate(establishmentId, year.id(), year.startYear(), changes.absentLeavers(), now);
        long t2 = System.nanoTime();

        int arrived = 0;
        int left = 0;
        List<LearnerMovements.Movement> movements = new ArrayList<>();
        for (ImportedLearner l : changes.writes()) {
            long id = l.learnerId() != null ? l.learnerId() : ids.get(l.siecleKey());
            switch (l.movement()) {
                case ARRIVED, RETURNED -> {
                    arrived++;
                    movements.add(new LearnerMovements.Movement(id, l.ine(), l.movement() == ImportedLearner.Movement.RETURNED
                            ? LearnerMovements.Kind.RETURNED : LearnerMovements.Kind.ARRIVED));
                }
                case LEFT -> {
                    left++;
                    movements.add(new LearnerMovements.Movement(id, l.ine(), LearnerMovements.Kind.LEFT));
                }
                case NONE -> {
                }
            }
        }
        for (KnownLearner k : changes.absentLeavers()) {
            left++;
            movements.add(new LearnerMovements.Movement(k.learnerId(), k.ine(), LearnerMovements.Kind.LEFT));
        }
        if (!movements.isEmpty()) movementListeners.forEach(m -> m.recorded(establishmentId, year.id(), movements));
        log.debug("Roster of year {} written: {} identities and ids in {} ms, {} enrolments and {} departures in {} ms, movements in {} ms",
                year.label(), identities.size(), (t1 - t0) / 1_000_000, enrolments.size(), changes.absentLeavers().size(),
                (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return new RosterResult(identities.size(), enrolments.size(), changes.absentLeavers().size(), arrived, left, java.util.Collections.unmodifiableMap(ids));
    }
}
