package org.preau.exchange;

import org.preau.base.Texts;
import org.preau.base.WaitingItem;
import org.preau.base.WaitingItem.Severity;
import org.preau.base.WaitingWork;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The home page's import lines. The secretary: each import of the school system not yet made
 * this school year, and each whose last try this year was refused. The director: the SIECLE base
 * élèves not yet imported this year (the learners of a French school come from it).
 */
@Component
class ImportsWaiting implements WaitingWork {

    /** Where each import is made. */
    static final Map<ExchangeKind, String> SCREENS = Map.of(ExchangeKind.SIECLE_BEE, "eleves/import", ExchangeKind.STS_WEB, "personnels/import",
            ExchangeKind.STAFF_CSV, "personnels/import", ExchangeKind.PUPIL_CSV, "eleves/import-csv");

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final SchoolYearService years;
    private final EtablissementService establishments;
    private final ModuleSettings modules;

    ImportsWaiting(JdbcTemplate jdbc, CurrentUser currentUser, SchoolYearService years, EtablissementService establishments, ModuleSettings modules) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.years = years;
        this.establishments = establishments;
        this.modules = modules;
    }

    private record State(int done, Timestamp lastDone, Timestamp lastFailure, long failureId) {
        boolean refused() {
            return lastFailure != null && (lastDone == null || lastFailure.after(lastDone));
        }
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WaitingItem> waiting() {
        boolean secretary = currentUser.hasRole(Role.SECRETARY);
        boolean director = currentUser.hasRole(Role.DIRECTOR);
        if (!currentUser.worksAs(Role.SECRETARY, Role.DIRECTOR)) return List.of();
        Optional<SchoolYearView> year = years.current();
        SchoolSystem system = establishments.currentSummary().map(EtablissementSummary::schoolSystem).orElse(null);
        if (year.isEmpty() || system == null) return List.of();
        Map<ExchangeKind, Boolean> expected = expected(system); // kind -> also the director's
        if (expected.isEmpty()) return List.of();
        Map<ExchangeKind, State> states = states(year.get().id());
        List<WaitingItem> items = new ArrayList<>();
        expected.forEach((kind, directorsToo) -> {
            if (!secretary && !directorsToo) return;
            State state = states.get(kind);
            String name = Texts.get(kind.translationKey());
            if (secretary && state != null && state.refused()) {
                items.add(WaitingItem.of(Severity.PROBLEM, "home.imports.refused", 0, "echanges/historique?echange=" + state.failureId(), name));
            } else if (state == null || state.done() == 0) {
                items.add(WaitingItem.of(Severity.TO_DO, "home.imports.due", 0, SCREENS.get(kind), name, year.get().label()));
            }
        });
        return items;
    }

    /** The imports a school of this system makes every year, with its module switches. */
    private Map<ExchangeKind, Boolean> expected(SchoolSystem system) {
        Map<ExchangeKind, Boolean> kinds = new LinkedHashMap<>();
        if (system == SchoolSystem.FR && modules.isEnabled(PreauModule.SIECLE)) {
            kinds.put(ExchangeKind.SIECLE_BEE, true);
            kinds.put(ExchangeKind.STS_WEB, false);
        }
        if (system == SchoolSystem.BE) {
            if (modules.isEnabled(PreauModule.ELEVES_FWB)) kinds.put(ExchangeKind.PUPIL_CSV, false);
            kinds.put(ExchangeKind.STAFF_CSV, false);
        }
        return kinds;
    }

    /** Per kind, this year's imports: how many went through, the last one that did, the last refusal. One query. */
    private Map<ExchangeKind, State> states(long schoolYearId) {
        Map<ExchangeKind, State> states = new HashMap<>();
        jdbc.query("""
                        select kind, sum(status in ('SUCCESS', 'PARTIAL')),
                               max(case when status in ('SUCCESS', 'PARTIAL') then started_at end),
                               max(case when status = 'FAILURE' then started_at end),
                               max(case when status = 'FAILURE' then id end)
                        from exchange where establishment_id = ? and school_year_id = ? and direction = 'IN'
                        group by kind""",
                rs -> {
                    try {
                        states.put(ExchangeKind.valueOf(rs.getString(1)), new State(rs.getInt(2), rs.getTimestamp(3), rs.getTimestamp(4), rs.getLong(5)));
                    } catch (IllegalArgumentException unknown) {
                        // a kind of a newer version of Préau: not one the home page knows
                    }
                },
                currentUser.establishmentId(), schoolYearId);
        return states;
    }
}
