package org.preau.learner;

import java.util.Set;

/**
 * The divisions a teacher serves in a school year: a teacher sees and writes for the learners
 * of these divisions only: those of their STS-WEB services, and those assigned by hand
 * ({@link TeacherDivisionProvisioning}: schools without STS-WEB, demo data, tests).
 */
interface TeacherDivisions {

    Set<String> divisions(long establishmentId, long schoolYearId, String username);
}
