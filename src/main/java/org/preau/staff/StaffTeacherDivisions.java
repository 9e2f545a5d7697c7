package org.preau.staff;

import org.preau.establishment.SchoolYearService;
import org.preau.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/** {@link TeacherDivisions} from the services STS-WEB lists for each teacher, in the current establishment. */
@Service
class StaffTeacherDivisions implements TeacherDivisions {

    private final StaffRecords records;
    private final SchoolYearService years;
    private final CurrentUser currentUser;

    StaffTeacherDivisions(StaffRecords records, SchoolYearService years, CurrentUser currentUser) {
        this.records = records;
        this.years = years;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Set<String> divisionsOf(String username, long schoolYearId) {
        years.require(schoolYearId);
        if (username == null || username.isBlank()) return Set.of();
        return records.divisionsOf(currentUser.establishmentId(), username, schoolYearId);
    }
}
