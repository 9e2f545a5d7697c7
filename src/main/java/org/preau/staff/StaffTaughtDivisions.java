package org.preau.staff;

import org.preau.establishment.SchoolYearService;
import org.preau.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/** {@link TaughtDivisions} from the services STS-WEB lists for each teacher, in the current establishment. */
@Service
class StaffTaughtDivisions implements TaughtDivisions {

    private final StaffDirectoryStore records;
    private final SchoolYearService years;
    private final CurrentUser currentUser;

    StaffTaughtDivisions(StaffDirectoryStore records, SchoolYearService years, CurrentUser currentUser) {
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
