package org.preau.learner;

import org.preau.base.KeyCount;
import org.preau.base.KeyCounts;
import org.preau.establishment.SchoolYearService;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The year's learners on the home page of the secretary and the director: active now, and those who left during the year. */
@Component
class LearnerKeyCounts implements KeyCounts {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final SchoolYearService years;

    LearnerKeyCounts(JdbcTemplate jdbc, CurrentUser currentUser, SchoolYearService years) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.years = years;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<KeyCount> keyCounts() {
        if (!currentUser.hasRole(Role.SECRETARY) && !currentUser.hasRole(Role.DIRECTOR)) return List.of();
        if (currentUser.require().currentEstablishmentId().isEmpty()) return List.of();
        return years.current().map(year -> jdbc.queryForObject(
                "select coalesce(sum(active), 0), coalesce(sum(not active), 0) from enrolment where establishment_id = ? and school_year_id = ?",
                (rs, i) -> List.of(new KeyCount("home.count.learners", rs.getLong(1), "eleves/liste"),
                        new KeyCount("home.count.leavers", rs.getLong(2), "eleves/liste")),
                currentUser.establishmentId(), year.id())).orElse(List.of());
    }
}
