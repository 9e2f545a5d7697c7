package org.preau.learner;

import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.TreeSet;

/**
 * Works out the current user's {@link LearnerScope} and checks single learners against it: a
 * learner of another establishment, (for a teacher) of another division, or (for an inspector)
 * of a diploma not granted, is refused the same way as one that does not exist.
 */
@Component
class LearnerAccess {

    private final CurrentUser currentUser;
    private final SchoolYearService schoolYears;
    private final TeacherDivisions teacherDivisions;
    private final LearnerStore queries;
    private final MefStore mefs;
    private final ObjectProvider<LearnerReadGrants> grants;

    LearnerAccess(CurrentUser currentUser, SchoolYearService schoolYears, TeacherDivisions teacherDivisions, LearnerStore queries,
                  MefStore mefs, ObjectProvider<LearnerReadGrants> grants) {
        this.currentUser = currentUser;
        this.schoolYears = schoolYears;
        this.teacherDivisions = teacherDivisions;
        this.queries = queries;
        this.mefs = mefs;
        this.grants = grants;
    }

    LearnerScope scope() {
        long establishmentId = currentUser.establishmentId();
        SchoolYearView year = schoolYears.requireCurrent();
        boolean staff = currentUser.hasRole(Role.SECRETARY) || currentUser.hasRole(Role.DIRECTOR);
        boolean teacher = currentUser.hasRole(Role.TEACHER);
        if (staff) return new LearnerScope(establishmentId, year.id(), null, teacher, null);
        if (teacher) {
            return new LearnerScope(establishmentId, year.id(),
                    teacherDivisions.divisions(establishmentId, year.id(), currentUser.username()), true, null);
        }
        if (currentUser.hasRole(Role.INSPECTOR)) {
            // Asked on every call, never kept in the session: a revoked grant closes the door at once.
            return new LearnerScope(establishmentId, year.id(), null, false, grantedMefs(establishmentId));
        }
        throw new AccessDeniedException("No access to learners for " + currentUser.username());
    }

    /** Refuses a learner outside the scope (other establishment, or a teacher's other division). */
    LearnerScope check(long learnerId) {
        LearnerScope scope = scope();
        if (!queries.exists(scope.establishmentId(), learnerId)) throw refused(learnerId);
        if (scope.restricted()) {
            String division = queries.division(learnerId, scope.schoolYearId()).orElse(null);
            if (!scope.allows(division)) throw refused(learnerId);
        }
        if (scope.diplomaRestricted()) {
            String codeMef = queries.codeMef(learnerId, scope.schoolYearId()).orElse(null);
            if (!scope.allowsMef(codeMef)) throw refused(learnerId);
        }
        return scope;
    }

    /** The MEF codes of the diplomas granted to the current inspector: each diploma's code and the MEFs attached to it. */
    private Set<String> grantedMefs(long establishmentId) {
        LearnerReadGrants readGrants = grants.getIfAvailable();
        Set<String> diplomas = readGrants == null ? Set.of() : readGrants.grantedDiplomas(establishmentId, currentUser.username());
        if (diplomas.isEmpty()) return Set.of();
        Set<String> codes = new TreeSet<>(diplomas);
        for (MefView mef : mefs.all(establishmentId).values()) {
            if (diplomas.contains(mef.diplomaCode())) codes.add(mef.codeMef());
        }
        return codes;
    }

    /** Whether the current user may write records for that learner: a teacher of their division, while they are active. */
    boolean canWrite(LearnerScope scope, long learnerId) {
        if (!scope.teacher() || !currentUser.hasRole(Role.TEACHER)) return false;
        Set<String> mine = scope.restricted() ? scope.divisions()
                : teacherDivisions.divisions(scope.establishmentId(), scope.schoolYearId(), currentUser.username());
        return queries.activeDivision(learnerId, scope.schoolYearId()).map(mine::contains).orElse(false);
    }

    private AccessDeniedException refused(long learnerId) {
        return new AccessDeniedException("Learner " + learnerId + " is out of reach of " + currentUser.username());
    }
}
