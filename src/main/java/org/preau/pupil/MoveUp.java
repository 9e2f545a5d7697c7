package org.preau.pupil;

import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.ImportedLearner;
import org.preau.learner.KnownLearner;
import org.preau.learner.LearnerRoster;
import org.preau.learner.RosterChanges;
import org.preau.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The year's move-up of a Belgian school: each pupil active in the closing year is proposed at the
 * next level in the same implantation (P6 and the last secondary year leave); the secretary may keep
 * a pupil back, put them in another class, or mark them leaving. The switchover runs it in its own
 * transaction and checks the counts afterwards.
 */
@Service
public class MoveUp {

    private final PupilStore store;
    private final SchoolSystemGate gate;
    private final LearnerRoster roster;
    private final SchoolYearService years;
    private final CurrentUser currentUser;
    private final Clock clock;

    MoveUp(PupilStore store, SchoolSystemGate gate, LearnerRoster roster, SchoolYearService years, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.roster = roster;
        this.years = years;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The move-up from the closing year to the new one ({@code newYearId} null: not created yet). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public MoveUpPlan plan(long closingYearId, Long newYearId) {
        gate.requireBelgian();
        SchoolYearView closing = years.require(closingYearId);
        if (newYearId != null) years.require(newYearId);
        long establishmentId = currentUser.establishmentId();
        Map<String, KnownLearner> inClosing = roster.snapshot(closingYearId);
        java.util.Set<Long> inNew = new java.util.HashSet<>();
        if (newYearId != null) roster.snapshot(newYearId).values().stream().filter(k -> k.enrolledIn(newYearId)).forEach(k -> inNew.add(k.learnerId()));
        Map<Long, PupilStore.Year> rows = store.years(establishmentId, closingYearId);
        Map<Long, PupilStore.Decision> decisions = store.decisions(establishmentId, closingYearId);
        Map<Long, String> implantations = new java.util.HashMap<>();
        store.implantations(establishmentId).forEach(i -> implantations.put(i.id(), i.name()));
        List<MoveUpPlan.Line> lines = new ArrayList<>();
        Map<String, Integer> perNewClass = new TreeMap<>();
        int up = 0, back = 0, leave = 0, already = 0;
        for (KnownLearner k : inClosing.values()) {
            PupilStore.Year y = rows.get(k.learnerId());
            if (y == null || !k.enrolledIn(closingYearId) || !k.active()) continue;
            PupilStore.Decision d = decisions.get(k.learnerId());
            MoveUpDecision decision = d == null ? MoveUpDecision.PROPOSITION : d.decision();
            SchoolLevel to;
            String toClass;
            switch (decision) {
                case MAINTIEN -> {
                    to = y.level();
                    toClass = k.division();
                }
                case CLASSE -> {
                    to = y.level().next().orElse(y.level());
                    toClass = d.classe();
                }
                case DEPART -> {
                    to = null;
                    toClass = null;
                }
                default -> {
                    to = y.level().next().orElse(null);
                    toClass = to == null ? null : proposedClass(k.division(), y.level(), to);
                }
            }
            String implantation = implantations.get(y.implantationId());
            boolean alreadyEnrolled = inNew.contains(k.learnerId());
            lines.add(new MoveUpPlan.Line(k.learnerId(), k.displayName(), implantation, y.level(), k.division(), decision, to, toClass, alreadyEnrolled));
            if (alreadyEnrolled) already++;
            else if (to == null) leave++;
            else {
                if (to == y.level()) back++;
                else up++;
                perNewClass.merge((toClass == null ? to.name() : toClass) + " · " + implantation, 1, Integer::sum);
            }
        }
        lines.sort(Comparator.comparing((MoveUpPlan.Line l) -> l.fromClass() == null ? "" : l.fromClass()).thenComparing(MoveUpPlan.Line::name));
        return new MoveUpPlan(closing.label(), lines, perNewClass, up, back, leave, already);
    }

    /** Changes one pupil's proposal ({@link MoveUpDecision#CLASSE} needs the class; {@link MoveUpDecision#PROPOSITION} goes back to the proposal). */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public void decide(long closingYearId, long learnerId, MoveUpDecision decision, String classe) {
        gate.requireBelgian();
        years.require(closingYearId);
        if (decision == null) throw new InvalidPupilException("decision", "pupil.moveUp.error.decision");
        String label = classe == null || classe.isBlank() ? null : classe.strip();
        if (decision == MoveUpDecision.CLASSE && label == null) throw new InvalidPupilException("classe", "pupil.moveUp.error.class");
        if (label != null && label.length() > 40) throw new InvalidPupilException("classe", "pupil.error.tooLong", 40);
        KnownLearner k = roster.snapshot(closingYearId).values().stream().filter(l -> l.learnerId() == learnerId).findFirst()
                .filter(l -> l.enrolledIn(closingYearId) && l.active())
                .orElseThrow(() -> new InvalidPupilException(null, "pupil.moveUp.error.notActive"));
        store.saveDecision(currentUser.establishmentId(), closingYearId,
                new PupilStore.Decision(k.learnerId(), decision, decision == MoveUpDecision.CLASSE ? label : null),
                currentUser.username(), clock.instant());
    }

    /**
     * Enrols the staying pupils in the new year (level, class, same implantation), in the caller's
     * transaction, then counts what the new year holds: a difference throws, and the switchover rolls back.
     */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public MoveUpPlan run(long closingYearId, long newYearId) {
        MoveUpPlan plan = plan(closingYearId, newYearId);
        long establishmentId = currentUser.establishmentId();
        Map<Long, PupilStore.Year> rows = store.years(establishmentId, closingYearId);
        Map<String, KnownLearner> known = roster.snapshot(closingYearId);
        Map<Long, KnownLearner> byId = new java.util.HashMap<>();
        known.values().forEach(k -> byId.put(k.learnerId(), k));
        List<ImportedLearner> writes = new ArrayList<>();
        List<PupilStore.Year> newRows = new ArrayList<>();
        for (MoveUpPlan.Line l : plan.pupils()) {
            if (l.leaves() || l.alreadyEnrolled()) continue;
            KnownLearner k = byId.get(l.learnerId());
            writes.add(new ImportedLearner(k.learnerId(), k.siecleKey(), k.ine(), k.eleveId(), k.nom(), k.nomUsage(), k.prenom(), k.prenom2(),
                    k.prenom3(), k.sexe(), k.dateNaissance(), l.toClass(), k.groups(), k.codeMef(), true, k.entryDate(), null, false, true,
                    ImportedLearner.Movement.NONE));
            newRows.add(new PupilStore.Year(k.learnerId(), rows.get(k.learnerId()).implantationId(), l.toLevel(), null, null));
        }
        roster.apply(newYearId, new RosterChanges(writes, List.of()));
        store.upsertYears(establishmentId, newYearId, newRows);
        MoveUpPlan after = plan(closingYearId, newYearId);
        int enrolled = (int) roster.snapshot(newYearId).values().stream().filter(k -> k.enrolledIn(newYearId) && k.active()
                && byId.containsKey(k.learnerId())).count();
        int expected = plan.staying() + plan.alreadyEnrolled();
        if (after.alreadyEnrolled() != expected || store.years(establishmentId, newYearId).keySet().stream().filter(byId::containsKey).count() < expected
                || enrolled < plan.staying()) {
            throw new IllegalStateException("Move-up counts differ: expected " + expected + " pupils in the new year, found "
                    + after.alreadyEnrolled() + " (" + enrolled + " active enrolments)");
        }
        return plan;
    }

    /** "P3B" in P3 → "P4B"; a class whose name does not start with its level keeps its name. */
    static String proposedClass(String classe, SchoolLevel from, SchoolLevel to) {
        if (classe == null || classe.isBlank()) return to.name();
        if (classe.regionMatches(true, 0, from.name(), 0, 2)) return to.name() + classe.substring(2);
        if (classe.length() >= 1 && Character.isDigit(classe.charAt(0)) && classe.charAt(0) == from.name().charAt(1)) {
            return to.name().charAt(1) + classe.substring(1);
        }
        return classe;
    }
}
