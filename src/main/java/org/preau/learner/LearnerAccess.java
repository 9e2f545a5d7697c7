package org.preau.learner;

import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Works out the current user's {@link LearnerScope} and checks single learners against it: a
 * learner of another establishment, or (for a teacher) of another division, is refused the same
 * way as one that does not exist.
 */
@Component
class LearnerAccess {

    private final CurrentUser currentUser;
    private final SchoolYearService schoolYears;
    private final TeacherDivisions teacherDivisions;
    private final LearnerQueries queries;

    LearnerAccess(CurrentUser currentUser, SchoolYearService schoolYears, TeacherDivisions teacherDivisions, LearnerQueries queries) {
        this.currentUser = currentUser;
        this.schoolYears = schoolYears;
        this.teacherDivisions = teacherDivisions;
        this.queries = queries;
    }

    LearnerScope scope() {
        long establishmentId = currentUser.establishmentId();
        SchoolYearView year = schoolYears.requireCurrent();
        boolean staff = currentUser.hasRole(Role.SECRETARY) || currentUser.hasRole(Role.DIRECTOR);
        boolean teacher = currentUser.hasRole(Role.TEACHER);
        if (staff) return new LearnerScope(establishmentId, year.id(), null, teacher);
        if (teacher) {
            return new LearnerScope(establishmentId, year.id(),
                    teacherDivisions.divisions(establishmentId, year.id(), currentUser.username()), true);
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
        return scope;
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
