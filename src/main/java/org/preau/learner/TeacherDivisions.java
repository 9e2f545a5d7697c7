package org.preau.learner;

import java.util.Set;

/**
 * The divisions a teacher serves in a school year: a teacher sees and writes for the learners
 * of these divisions only. Today a table filled by hand (demo data, tests,
 * {@link TeacherDivisionProvisioning}); later fed from the STS-WEB services.
 */
public interface TeacherDivisions {

    Set<String> divisions(long establishmentId, long schoolYearId, String username);
}
