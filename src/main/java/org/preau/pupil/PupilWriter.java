package org.preau.pupil;

import org.preau.establishment.EtablissementService;
import org.preau.learner.ImportedLearner;
import org.preau.learner.KnownLearner;
import org.preau.learner.LearnerRoster;
import org.preau.learner.RosterChanges;
import org.preau.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link PupilPlan} inside the caller's transaction: implantations first, then identity
 * and enrolment through the learner module (one list and page for both systems), then the pupil
 * rows. The one path for the CSV import, the form and the move-up.
 */
@Component
class PupilWriter {

    private static final Logger log = LoggerFactory.getLogger(PupilWriter.class);

    private final PupilStore store;
    private final LearnerRoster roster;
    private final EtablissementService establishments;
    private final CurrentUser currentUser;

    PupilWriter(PupilStore store, LearnerRoster roster, EtablissementService establishments, CurrentUser currentUser) {
        this.store = store;
        this.roster = roster;
        this.establishments = establishments;
        this.currentUser = currentUser;
    }

    /** Reads what a comparison for that year needs. */
    PupilDiff.Before before(long schoolYearId, java.time.LocalDate today) {
        long establishmentId = currentUser.establishmentId();
        Map<String, Long> implantations = new LinkedHashMap<>();
        store.implantations(establishmentId).forEach(i -> implantations.put(PupilCsv.nameKey(i.name()), i.id()));
        return new PupilDiff.Before(roster.snapshot(schoolYearId), store.pupils(establishmentId), store.years(establishmentId, schoolYearId),
                implantations, store.nissElsewhere(establishments.organisingBodyKey(establishmentId), establishmentId), schoolYearId, today);
    }

    /** Writes the plan; returns the learner id of each planned line, in order. */
    List<Long> write(long schoolYearId, PupilPlan plan) {
        long establishmentId = currentUser.establishmentId();
        Map<String, String> faseByName = new LinkedHashMap<>();
        for (PupilPlan.Planned p : plan.planned()) {
            String fase = p.input().implantationFase();
            if (fase != null || !faseByName.containsKey(p.input().implantation())) faseByName.put(p.input().implantation(), fase);
        }
        long t0 = System.nanoTime();
        Map<String, Long> implantations = store.ensureImplantations(establishmentId, faseByName);
        List<ImportedLearner> writes = new ArrayList<>();
        for (PupilPlan.Planned p : plan.planned()) {
            if (p.kind() == PupilPlan.Kind.UNCHANGED || !(p.identity() || p.enrolment())) continue;
            writes.add(learner(p));
        }
        long t1 = System.nanoTime();
        Map<String, Long> newIds = roster.apply(schoolYearId, new RosterChanges(writes, plan.absentLeavers())).idsByKey();
        long t2 = System.nanoTime();
        // the roster's write returns the new learners' ids; read the roster again only if one is missing
        Map<String, KnownLearner> after = plan.planned().stream().anyMatch(p -> p.learnerId() == null && !newIds.containsKey(p.key()))
                ? roster.snapshot(schoolYearId) : Map.of();
        List<PupilStore.Stored> pupils = new ArrayList<>();
        List<PupilStore.Year> years = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (PupilPlan.Planned p : plan.planned()) {
            long id = p.learnerId() != null ? p.learnerId() : newIds.containsKey(p.key()) ? newIds.get(p.key()) : after.get(p.key()).learnerId();
            ids.add(id);
            long implantation = implantations.get(PupilCsv.nameKey(p.input().implantation()));
            if (p.pupil() != null) {
                PupilStore.Stored s = p.pupil();
                pupils.add(new PupilStore.Stored(id, s.niss(), s.numero(), s.lieu(), s.nationalite()));
            }
            if (p.year() != null) years.add(new PupilStore.Year(id, implantation, p.year().level(), p.year().motif(), p.year().ceb()));
        }
        long t3 = System.nanoTime();
        store.upsertPupils(establishmentId, establishments.organisingBodyKey(establishmentId), pupils);
        long t4 = System.nanoTime();
        store.upsertYears(establishmentId, schoolYearId, years);
        log.debug("Pupils written: implantations {} ms, roster {} ms, ids read again {} ms, {} pupils {} ms, {} years {} ms",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, pupils.size(), (t4 - t3) / 1_000_000,
                years.size(), (System.nanoTime() - t4) / 1_000_000);
        return ids;
    }

    private static ImportedLearner learner(PupilPlan.Planned p) {
        PupilInput in = p.input();
        KnownLearner k = p.known();
        ImportedLearner.Movement movement = p.learnerId() == null ? (p.active() ? ImportedLearner.Movement.ARRIVED : ImportedLearner.Movement.NONE)
                : p.leaving() ? ImportedLearner.Movement.LEFT : p.returning() ? ImportedLearner.Movement.RETURNED : ImportedLearner.Movement.NONE;
        String sexe = in.sexe() != null ? in.sexe() : k == null ? null : k.sexe();
        java.time.LocalDate entree = in.entree() != null ? in.entree() : k == null ? null : k.entryDate();
        return new ImportedLearner(p.learnerId(), p.key(), k == null ? null : k.ine(), k == null ? null : k.eleveId(), in.nom(),
                k == null ? null : k.nomUsage(), in.prenom(), k == null ? null : k.prenom2(), k == null ? null : k.prenom3(), sexe,
                in.dateNaissance(), in.classe(), k == null ? null : k.groups(), k == null ? null : k.codeMef(), p.active(), entree,
                in.sortie(), p.identity() || p.learnerId() == null, p.enrolment() || p.learnerId() == null, movement);
    }
}
