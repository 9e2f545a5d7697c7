package org.preau.learner;

import java.util.Set;

/**
 * What the current user may see of the learners: one establishment, one school year and, for
 * a teacher, only the learners of some divisions ({@code divisions} null = all of them); for an
 * inspector, only the learners whose MEF belongs to a granted diploma ({@code mefCodes} null = all).
 */
record LearnerScope(long establishmentId, long schoolYearId, Set<String> divisions, boolean teacher, Set<String> mefCodes) {

    boolean restricted() {
        return divisions != null;
    }

    boolean allows(String division) {
        return divisions == null || (division != null && divisions.contains(division));
    }

    boolean diplomaRestricted() {
        return mefCodes != null;
    }

    boolean allowsMef(String codeMef) {
        return mefCodes == null || (codeMef != null && mefCodes.contains(codeMef));
    }
}
