package org.preau.exchange;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.base.WaitingItem;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/**
 * The import lines of the home page, in a school year of their own (2040) so that the demo's
 * imports and other tests' do not count: due, refused, done; the director's SIECLE line; the
 * Belgian school's lines; the last exchanges and the year's count. (The rows' dates stay before 2038: a
 * TIMESTAMP column ends there.)
 */
@PreauIntegrationTest
class ImportsWaitingTest {

    @Autowired ImportsWaiting waiting;
    @Autowired ExchangesOnHome onHome;
    @Autowired SchoolYearService years;
    @Autowired EtablissementProvisioning provisioning;
    @Autowired CurrentUser currentUser;
    @Autowired LyceeLearners lycee;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;

    SchoolYearView y2040;
    SchoolYearView ecole2040;
    long ecole;

    @BeforeEach
    void aYearOfItsOwn() {
        signedIn.forget();
        ecole = jdbc.queryForObject("select id from establishment where fase = ?", Long.class, ECOLE_FASE);
        y2040 = provisioning.ensureSchoolYear(lycee.lyceeId(), 2040, SchoolYearState.CLOTUREE);
        ecole2040 = provisioning.ensureSchoolYear(ecole, 2040, SchoolYearState.CLOTUREE);
        for (String user : List.of(SECRETAIRE, DIRECTEUR)) {
            signedIn.as(user, () -> {
                currentUser.switchEstablishment(lycee.lyceeId());
                years.select(y2040.id());
            });
        }
        signedIn.as(SECRETAIRE_BE, () -> years.select(ecole2040.id()));
    }

    @AfterEach
    void removeIt() {
        signedIn.forget();
        for (SchoolYearView y : List.of(y2040, ecole2040)) {
            jdbc.update("delete from exchange where school_year_id = ?", y.id());
            jdbc.update("delete from school_year where id = ?", y.id());
        }
    }

    private long exchange(long establishmentId, long yearId, ExchangeKind kind, ExchangeStatus status, String startedAt) {
        jdbc.update("insert into exchange (establishment_id, school_year_id, kind, direction, status, started_at, started_by, started_by_name) "
                + "values (?, ?, ?, 'IN', ?, ?, 'secretaire', 'Claire Martin')", establishmentId, yearId, kind.name(), status.name(), startedAt);
        return jdbc.queryForObject("select max(id) from exchange where school_year_id = ?", Long.class, yearId);
    }

    private List<WaitingItem> as(String user) {
        return signedIn.as(user, () -> waiting.waiting());
    }

    @Test
    void a_year_without_imports_shows_the_secretary_siecle_and_sts_web_due_and_the_director_siecle_only() {
        assertThat(as(SECRETAIRE)).extracting(WaitingItem::textKey, WaitingItem::route).containsExactly(
                org.assertj.core.groups.Tuple.tuple("home.imports.due", "eleves/import"),
                org.assertj.core.groups.Tuple.tuple("home.imports.due", "personnels/import"));
        assertThat(as(SECRETAIRE).getFirst().arguments()).containsExactly("Import SIECLE (base élèves)", "2040-2041");
        assertThat(as(DIRECTEUR)).extracting(WaitingItem::route).containsExactly("eleves/import");
        assertThat(as(ENSEIGNANT)).isEmpty();
    }

    @Test
    void a_refused_import_leads_the_secretary_to_its_history_until_a_later_one_goes_through() {
        exchange(lycee.lyceeId(), y2040.id(), ExchangeKind.STS_WEB, ExchangeStatus.SUCCESS, "2030-09-02 10:00:00");
        long refused = exchange(lycee.lyceeId(), y2040.id(), ExchangeKind.SIECLE_BEE, ExchangeStatus.FAILURE, "2030-09-03 10:00:00");

        assertThat(as(SECRETAIRE)).singleElement().satisfies(item -> {
            assertThat(item.textKey()).isEqualTo("home.imports.refused");
            assertThat(item.severity()).isEqualTo(WaitingItem.Severity.PROBLEM);
            assertThat(item.route()).isEqualTo("echanges/historique?echange=" + refused);
        });
        // the director is told the base élèves is still missing, not the detail of the refusal
        assertThat(as(DIRECTEUR)).extracting(WaitingItem::textKey).containsExactly("home.imports.due");

        exchange(lycee.lyceeId(), y2040.id(), ExchangeKind.SIECLE_BEE, ExchangeStatus.PARTIAL, "2030-09-04 10:00:00");
        assertThat(as(SECRETAIRE)).isEmpty();
        assertThat(as(DIRECTEUR)).isEmpty();
    }

    @Test
    void a_belgian_school_sees_no_siecle_line_and_another_establishments_refusals_are_never_counted() {
        assertThat(as(SECRETAIRE_BE)).extracting(WaitingItem::route).containsExactlyInAnyOrder("eleves/import-csv", "personnels/import");
        exchange(ecole, ecole2040.id(), ExchangeKind.PUPIL_CSV, ExchangeStatus.FAILURE, "2030-09-03 10:00:00");

        assertThat(as(SECRETAIRE_BE)).extracting(WaitingItem::textKey).contains("home.imports.refused");
        assertThat(as(SECRETAIRE)).extracting(WaitingItem::textKey).containsOnly("home.imports.due");
    }

    @Test
    void the_last_exchanges_are_the_establishments_own_newest_first_named_and_the_year_counts_them() {
        exchange(lycee.lyceeId(), y2040.id(), ExchangeKind.STS_WEB, ExchangeStatus.SUCCESS, "2030-09-02 10:00:00");
        exchange(ecole, ecole2040.id(), ExchangeKind.PUPIL_CSV, ExchangeStatus.FAILURE, "2030-09-05 10:00:00");
        long newest = exchange(lycee.lyceeId(), y2040.id(), ExchangeKind.SIECLE_BEE, ExchangeStatus.FAILURE, "2030-09-03 10:00:00");

        var last = signedIn.as(SECRETAIRE, () -> onHome.last(5));
        assertThat(last).hasSizeLessThanOrEqualTo(5);
        assertThat(last.getFirst().route()).isEqualTo("echanges/historique?echange=" + newest);
        assertThat(last.getFirst().kindKey()).isEqualTo("exchange.kind.SIECLE_BEE");
        assertThat(last.getFirst().who()).isEqualTo("Claire Martin");
        assertThat(last).noneMatch(e -> e.kindKey().equals("exchange.kind.PUPIL_CSV"));
        assertThat(signedIn.as(SECRETAIRE, () -> onHome.keyCounts())).singleElement().extracting(c -> c.count()).isEqualTo(2L);
        assertThat(signedIn.as(ENSEIGNANT, () -> onHome.last(5))).isEmpty();
    }
}
