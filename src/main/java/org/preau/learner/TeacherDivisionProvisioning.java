package org.preau.learner;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the teachers' divisions outside any user session: demo data and tests today, the
 * STS-WEB import later. No screen reaches it.
 */
@Service
public class TeacherDivisionProvisioning {

    private final TeacherDivisionStore table;

    TeacherDivisionProvisioning(TeacherDivisionStore table) {
        this.table = table;
    }

    @Transactional
    public void assign(long establishmentId, long schoolYearId, String username, String division) {
        table.assign(establishmentId, schoolYearId, username, division);
    }

    /** Forgets every division of that teacher in that year. */
    @Transactional
    public void clear(long establishmentId, long schoolYearId, String username) {
        table.clear(establishmentId, schoolYearId, username);
    }
}
