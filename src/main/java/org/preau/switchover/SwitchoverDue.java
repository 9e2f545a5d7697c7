package org.preau.switchover;

import org.preau.base.WaitingItem;
import org.preau.base.WaitingItem.Severity;
import org.preau.base.WaitingWork;
import org.preau.establishment.EtablissementClock;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * The director's switchover: due from 1 June of the year en cours's last calendar year, in the
 * establishment's own calendar; once the new year has begun (1 August, see
 * {@link org.preau.base.SchoolYearLabel}) and the old one is still en cours, it is late. One query
 * (the establishment's school years).
 */
@Component
class SwitchoverDue implements WaitingWork {

    static final String ROUTE = "parametres/annees-scolaires";

    private final SchoolYearService years;
    private final EtablissementClock clock;
    private final CurrentUser currentUser;

    SwitchoverDue(SchoolYearService years, EtablissementClock clock, CurrentUser currentUser) {
        this.years = years;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WaitingItem> waiting() {
        if (!currentUser.worksAs(Role.DIRECTOR)) return List.of();
        SchoolYearView running = years.list().stream().filter(y -> y.state() == SchoolYearState.EN_COURS).findFirst().orElse(null);
        if (running == null) return List.of();
        LocalDate today = clock.today();
        int end = running.startYear() + 1;
        if (today.isBefore(LocalDate.of(end, Month.JUNE, 1))) return List.of();
        String next = end + "-" + (end + 1);
        boolean late = !today.isBefore(LocalDate.of(end, Month.AUGUST, 1));
        return List.of(late
                ? WaitingItem.of(Severity.PROBLEM, "home.switchover.late", 0, ROUTE, next, running.label())
                : WaitingItem.of(Severity.TO_DO, "home.switchover.due", 0, ROUTE, next, running.label()));
    }
}
