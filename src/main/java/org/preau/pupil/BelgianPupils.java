package org.preau.pupil;

import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.KnownLearner;
import org.preau.learner.LearnerDetails;
import org.preau.learner.LearnerService;
import org.preau.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Belgian pupil's record in the year the user works in: read by secretaries, directors and the
 * teachers of the pupil's class (the learner module decides who reaches which learner), written by
 * secretaries and directors through the same checks and writer as the CSV import.
 */
@Service
public class BelgianPupils {

    private final PupilStore store;
    private final PupilWriter writer;
    private final SchoolSystemGate gate;
    private final LearnerService learners;
    private final SchoolYearService years;
    private final CurrentUser currentUser;
    private final Clock clock;

    BelgianPupils(PupilStore store, PupilWriter writer, SchoolSystemGate gate, LearnerService learners, SchoolYearService years,
                  CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.gate = gate;
        this.learners = learners;
        this.years = years;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the current establishment keeps Belgian pupil records (for screens that show them or not). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean offered() {
        return gate.belgian();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'TEACHER')")
    public List<Implantation> implantations() {
        gate.requireBelgian();
        return store.implantations(currentUser.establishmentId());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public void renameImplantation(long id, String name, String fase) {
        gate.requireBelgian();
        if (name == null || name.isBlank() || name.strip().length() > 100) throw new InvalidPupilException("implantation", "pupil.error.implantation");
        if (fase != null && !fase.isBlank() && !fase.strip().matches("[0-9]{1,10}")) throw new InvalidPupilException("fase", "pupil.error.fase", fase);
        store.updateImplantation(currentUser.establishmentId(), id, name.strip(), fase == null || fase.isBlank() ? null : fase.strip());
    }

    /** The pupil's record in the year the user works in; empty for a learner who has no pupil record. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'TEACHER')")
    public Optional<PupilRecord> get(long learnerId) {
        gate.requireBelgian();
        LearnerDetails learner = learners.get(learnerId);
        long establishmentId = currentUser.establishmentId();
        PupilStore.Stored s = store.pupils(establishmentId).get(learnerId);
        if (s == null) return Optional.empty();
        SchoolYearView year = years.requireCurrent();
        PupilStore.Year y = store.years(establishmentId, year.id()).get(learnerId);
        Implantation implantation = y == null ? null : store.implantations(establishmentId).stream()
                .filter(i -> i.id() == y.implantationId()).findFirst().orElse(null);
        var e = learner.enrolment();
        return Optional.of(new PupilRecord(learnerId, learner.nom(), learner.prenom(), learner.sexe(), learner.dateNaissance(), s.lieu(),
                s.nationalite(), s.niss(), s.numero(), implantation, y == null ? null : y.level(),
                e.map(x -> x.division()).orElse(null), e.map(x -> x.entryDate()).orElse(null), e.map(x -> x.exitDate()).orElse(null),
                y == null ? null : y.motif(), y == null ? null : y.ceb(), e.map(x -> x.active()).orElse(false)));
    }

    /**
     * Creates ({@code learnerId} null) or changes a pupil in the year the user works in, after the
     * checks of the CSV (NISS key and uniqueness, CEB only in P6, dates in order). Returns the learner id.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public long save(Long learnerId, PupilInput input) {
        gate.requireBelgian();
        if (learnerId != null) learners.get(learnerId);
        SchoolYearView year = years.requireCurrent();
        PupilInput checked = PupilForm.check(input);
        PupilDiff.Before before = writer.before(year.id(), LocalDate.now(clock.withZone(gate.zone())));
        if (learnerId != null && before.learners().values().stream().noneMatch(k -> k.learnerId() == learnerId)) {
            throw new InvalidPupilException(null, "pupil.error.unknown");
        }
        PupilPlan plan;
        try {
            plan = PupilDiff.ofOne(checked, learnerId, before);
        } catch (PupilFileRefusedException e) {
            throw new InvalidPupilException("niss", "pupil.error.form", e.problems().getFirst().text());
        }
        if (learnerId == null && !plan.warnings().isEmpty()) {
            // a form is not a file: a pupil who looks like a known one is refused rather than created twice
            throw new InvalidPupilException("nom", "pupil.error.form", plan.warnings().getFirst().text());
        }
        if (checked.niss() != null) {
            Long holder = before.pupils().values().stream().filter(p -> checked.niss().equals(p.niss())).map(PupilStore.Stored::learnerId)
                    .findFirst().orElse(null);
            if (holder != null && !holder.equals(learnerId)) {
                KnownLearner k = before.learners().values().stream().filter(l -> l.learnerId() == holder).findFirst().orElseThrow();
                throw new InvalidPupilException("niss", "pupil.error.niss.taken", k.displayName());
            }
        }
        return writer.write(year.id(), plan).getFirst();
    }

    /**
     * Level, implantation and CEB of every pupil with a record in a year of an establishment, for the
     * Miroir indicators (which keep the learners active in the year). The caller passes the
     * establishment it works for: the user's own.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<PupilIndicatorRow> ofYear(long establishmentId, long schoolYearId) {
        if (establishmentId != currentUser.establishmentId()) throw new org.springframework.security.access.AccessDeniedException("other establishment");
        Map<Long, String> names = new java.util.HashMap<>();
        store.implantations(establishmentId).forEach(i -> names.put(i.id(), i.name()));
        return store.years(establishmentId, schoolYearId).values().stream()
                .map(y -> new PupilIndicatorRow(y.learnerId(), y.level(), names.get(y.implantationId()), y.ceb())).toList();
    }
}
