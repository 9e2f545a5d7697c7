package org.preau.learner;

import org.preau.base.WaitingItem;
import org.preau.base.WaitingItem.Severity;
import org.preau.base.WaitingWork;
import org.preau.establishment.EtablissementClock;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A teacher's home page: each of their classes with its active pupils and how many of them have
 * no bilan yet this term, a link to the class's list. One query for all the classes.
 * <p>
 * Terms follow the French calendar of trimestres, in the establishment's own dates: September to
 * December, January to March, April to the end of the school year.
 */
@Component
class TeacherClasses implements WaitingWork {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final SchoolYearService years;
    private final TeacherDivisions divisions;
    private final EtablissementClock clock;

    TeacherClasses(JdbcTemplate jdbc, CurrentUser currentUser, SchoolYearService years, TeacherDivisions divisions, EtablissementClock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.years = years;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** The first day of the term a date falls in. */
    static LocalDate termStart(LocalDate today) {
        Month month = today.getMonth();
        if (month.compareTo(Month.SEPTEMBER) >= 0) return LocalDate.of(today.getYear(), Month.SEPTEMBER, 1);
        if (month.compareTo(Month.APRIL) >= 0) return LocalDate.of(today.getYear(), Month.APRIL, 1);
        return LocalDate.of(today.getYear(), Month.JANUARY, 1);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WaitingItem> waiting() {
        if (!currentUser.worksAs(Role.TEACHER)) return List.of();
        Optional<SchoolYearView> year = years.current();
        if (year.isEmpty()) return List.of();
        long establishmentId = currentUser.establishmentId();
        Set<String> mine = divisions.divisions(establishmentId, year.get().id(), currentUser.username());
        if (mine.isEmpty()) return List.of(WaitingItem.of(Severity.INFO, "home.teacher.noClass", 0, "eleves/liste"));
        List<Object> args = new ArrayList<>();
        args.add(Date.valueOf(termStart(clock.today())));
        args.add(establishmentId);
        args.add(year.get().id());
        args.addAll(mine);
        List<WaitingItem> items = new ArrayList<>();
        jdbc.query("""
                        select e.division, count(*),
                               sum(not exists (select 1 from learner_record r where r.establishment_id = e.establishment_id
                                   and r.learner_id = e.learner_id and r.kind = 'BILAN' and r.record_date >= ?))
                        from enrolment e
                        where e.establishment_id = ? and e.school_year_id = ? and e.active and e.division in (%s)
                        group by e.division order by e.division""".formatted(String.join(", ", Collections.nCopies(mine.size(), "?"))),
                rs -> {
                    String division = rs.getString(1);
                    long pupils = rs.getLong(2);
                    long withoutBilan = rs.getLong(3);
                    String route = "eleves/liste?division=" + URLEncoder.encode(division, StandardCharsets.UTF_8);
                    items.add(withoutBilan > 0
                            ? WaitingItem.of(Severity.TO_DO, "home.teacher.withoutBilan", withoutBilan, route, withoutBilan, division, pupils)
                            : WaitingItem.of(Severity.INFO, "home.teacher.class", 0, route, pupils, division)); // nothing waits: no badge
                },
                args.toArray());
        // a class without active pupils this year has no row: it is still the teacher's class
        java.util.Set<String> seen = new java.util.HashSet<>();
        items.forEach(i -> seen.add((String) i.arguments().get(1))); // the division is the second argument of both sentences
        new java.util.TreeSet<>(mine).stream().filter(d -> !seen.contains(d)).forEach(d -> items.add(WaitingItem.of(Severity.INFO,
                "home.teacher.emptyClass", 0, "eleves/liste?division=" + URLEncoder.encode(d, StandardCharsets.UTF_8), d)));
        return items;
    }
}
