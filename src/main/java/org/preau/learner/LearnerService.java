package org.preau.learner;

import org.preau.base.PersonalDataAccessed;
import org.preau.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The learners of the school year the user works in: a lazy, paged list and the learner page.
 * Secretaries and directors see every learner of their establishment; a teacher only those of
 * their divisions, an inspector only those of the diplomas granted to them, also when asking by id.
 */
@Service
public class LearnerService {

    private final LearnerAccess access;
    private final LearnerStore queries;
    private final MefStore mefs;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    LearnerService(LearnerAccess access, LearnerStore queries, MefStore mefs, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.access = access;
        this.queries = queries;
        this.mefs = mefs;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** One page of the list, sorted by name; no total is counted (the grid scrolls on). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'TEACHER', 'INSPECTOR')")
    public List<LearnerRow> page(LearnerFilter filter, int offset, int limit) {
        LearnerScope scope = access.scope();
        Set<String> mefCodes = null;
        if (filter.diploma() != null) {
            mefCodes = new TreeSet<>(Set.of(filter.diploma()));
            for (MefView mef : mefs.all(scope.establishmentId()).values()) {
                if (filter.diploma().equals(mef.diplomaCode())) mefCodes.add(mef.codeMef());
            }
        }
        return queries.page(scope, filter, mefCodes, Math.max(0, offset), Math.clamp(limit, 1, 500));
    }

    /** Whether the user reads only the learners of their own divisions (a teacher). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'TEACHER', 'INSPECTOR')")
    public boolean teacherOnly() {
        return access.scope().restricted();
    }

    /** The divisions of the year that the user may filter on. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'TEACHER', 'INSPECTOR')")
    public List<String> divisions() {
        LearnerScope scope = access.scope();
        List<String> all = scope.diplomaRestricted()
                ? queries.divisionsOfMefs(scope.establishmentId(), scope.schoolYearId(), scope.mefCodes())
                : queries.divisions(scope.establishmentId(), scope.schoolYearId());
        return all.stream().filter(scope::allows).toList();
    }

    /** The diplomas of the year (one per attachment MEF), for the filter; labelled by the nomenclature when imported. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'TEACHER', 'INSPECTOR')")
    public List<MefView> diplomas() {
        LearnerScope scope = access.scope();
        Map<String, MefView> known = mefs.all(scope.establishmentId());
        Map<String, MefView> diplomas = new TreeMap<>();
        for (String code : queries.mefCodes(scope.establishmentId(), scope.schoolYearId())) {
            if (!scope.allowsMef(code)) continue;
            MefView mef = known.get(code);
            String diplomaCode = mef == null ? code : mef.diplomaCode();
            MefView diploma = known.getOrDefault(diplomaCode, new MefView(diplomaCode, null, null, null, null, null));
            diplomas.putIfAbsent(diplomaCode, diploma);
        }
        List<MefView> list = new ArrayList<>(diplomas.values());
        list.sort(Comparator.comparing(MefView::label));
        return list;
    }

    /** The learner page; a learner out of the user's reach is refused with {@link AccessDeniedException}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'TEACHER', 'INSPECTOR')")
    public LearnerDetails get(long learnerId) {
        LearnerScope scope = access.check(learnerId);
        LearnerStore.Identity identity = queries.identity(scope.establishmentId(), learnerId)
                .orElseThrow(() -> new AccessDeniedException("Learner " + learnerId + " not found"));
        Map<String, MefView> known = mefs.all(scope.establishmentId());
        List<EnrolmentView> history = queries.enrolments(scope.establishmentId(), learnerId).stream()
                .map(e -> view(e, known)).toList();
        Optional<EnrolmentView> current = history.stream().filter(e -> e.schoolYearId() == scope.schoolYearId()).findFirst();
        if (scope.diplomaRestricted()) {
            // An inspector reads through a grant: the journal of accesses keeps who, whom and which diploma.
            String diploma = current.map(e -> e.diploma() == null ? e.codeMef() : e.diploma().codeMef()).orElse(null);
            events.publishEvent(new PersonalDataAccessed(scope.establishmentId(), currentUser.username(),
                    PersonalDataAccessed.Subject.LEARNER, learnerId, PersonalDataAccessed.Action.INSPECTOR_READ, diploma));
        }
        return new LearnerDetails(identity.id(), identity.nom(), identity.nomUsage(), identity.prenom(), identity.prenom2(),
                identity.prenom3(), identity.sexe(), identity.dateNaissance(), identity.ine(), identity.eleveId(),
                current, history, access.canWrite(scope, learnerId));
    }

    static EnrolmentView view(LearnerStore.Enrolment e, Map<String, MefView> known) {
        MefView mef = e.codeMef() == null ? null : known.get(e.codeMef());
        MefView diploma = mef == null ? null : known.getOrDefault(mef.diplomaCode(), mef);
        return new EnrolmentView(e.schoolYearId(), e.startYear(), e.division(), e.groups(), e.codeMef(), mef, diploma,
                e.active(), e.entryDate(), e.exitDate(), e.receivedByTransfer());
    }
}
