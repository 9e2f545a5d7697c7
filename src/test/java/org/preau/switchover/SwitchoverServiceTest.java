package org.preau.switchover;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.security.LocalAccounts;
import org.preau.security.Role;
import org.preau.staff.CarryOverLine;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The switchover on an establishment of its own (so that the demo's years stay as they are):
 * a director, a year en cours with three people, one of whom left.
 */
@PreauIntegrationTest
class SwitchoverServiceTest {

    static final String DIRECTOR = "directeur.bascule";
    static final String SECRETARY = "secretaire.bascule";
    /** A UAI of this test only (valid check letter, above the samples' serials). */
    static final String PASSAGE_UAI = "0179987N";

    @Autowired
    SwitchoverService switchover;
    @Autowired
    SchoolYearService years;
    @Autowired
    EtablissementProvisioning provisioning;
    @Autowired
    LocalAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    long establishment;
    SchoolYearView current;

    @BeforeEach
    void anEstablishmentWithAYearEnCours() {
        EtablissementSummary e = provisioning.ensure("Réseau de test", SchoolSystem.FR, "Lycée du passage", "passage@example.org", PASSAGE_UAI);
        establishment = e.id();
        accounts.createIfAbsent(DIRECTOR, "Direction Passage", null, "x-passage", Set.of(Role.DIRECTOR), Set.of(establishment));
        accounts.createIfAbsent(SECRETARY, "Secrétariat Passage", null, "x-passage", Set.of(Role.SECRETARY), Set.of(establishment));
        jdbc.update("delete from staff_function where establishment_id = ?", establishment);
        jdbc.update("delete from staff_member where establishment_id = ?", establishment);
        jdbc.update("delete from exchange where establishment_id = ?", establishment);
        jdbc.update("delete from school_year where establishment_id = ?", establishment);
        current = provisioning.ensureSchoolYear(establishment, 2030, SchoolYearState.EN_COURS);
        person("MARTIN", "Léa", null, "ENS");
        person("DUPUIS", "Marc", LocalDate.of(2031, 7, 5), "DIR");
        person("ROUX", "Inès", null, "EDU", "DOC");
    }

    private void person(String nom, String prenom, LocalDate exit, String... functions) {
        jdbc.update("insert into staff_member (establishment_id, nom_usage, prenom, exit_date, created_at) values (?, ?, ?, ?, now())",
                establishment, nom, prenom, exit);
        long id = jdbc.queryForObject("select max(id) from staff_member where establishment_id = ?", Long.class, establishment);
        for (String f : functions) {
            jdbc.update("insert into staff_function (establishment_id, staff_member_id, school_year_id, code, source) values (?, ?, ?, ?, 'MANUAL')",
                    establishment, id, current.id(), f);
        }
    }

    @Test
    @WithUserDetails(value = DIRECTOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_plan_shows_each_person_and_changes_nothing() {
        SwitchoverPlan plan = switchover.plan();

        assertThat(plan.closing()).contains(current);
        assertThat(plan.prepared()).isEmpty();
        assertThat(plan.newYearLabel()).isEqualTo("2031-2032");
        assertThat(plan.staff()).extracting(CarryOverLine::nomUsage, CarryOverLine::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DUPUIS", CarryOverLine.Outcome.LEFT),
                org.assertj.core.groups.Tuple.tuple("MARTIN", CarryOverLine.Outcome.CARRIED),
                org.assertj.core.groups.Tuple.tuple("ROUX", CarryOverLine.Outcome.CARRIED));
        assertThat(years.list()).hasSize(1);
    }

    @Test
    @WithUserDetails(value = DIRECTOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_run_closes_the_year_starts_the_next_and_carries_the_functions_over() {
        SwitchoverResult result = switchover.run();

        assertThat(result.started().label()).isEqualTo("2031-2032");
        assertThat(result.started().state()).isEqualTo(SchoolYearState.EN_COURS);
        assertThat(result.closed()).hasValueSatisfying(c -> assertThat(c.state()).isEqualTo(SchoolYearState.CLOTUREE));
        assertThat(jdbc.queryForList("""
                select m.nom_usage from staff_function f join staff_member m on m.id = f.staff_member_id
                where f.school_year_id = ? and f.source = 'CARRIED' order by m.nom_usage, f.code""", String.class, result.started().id()))
                .containsExactly("MARTIN", "ROUX", "ROUX");
        // the closed year stays readable, with its functions
        assertThat(years.require(current.id()).state()).isEqualTo(SchoolYearState.CLOTUREE);
        assertThat(jdbc.queryForObject("select count(*) from staff_function where school_year_id = ?", Integer.class, current.id())).isEqualTo(4);
    }

    @Test
    @WithUserDetails(value = DIRECTOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void functions_already_imported_into_the_prepared_year_are_kept() {
        SchoolYearView prepared = years.prepareNext();
        long martin = jdbc.queryForObject("select id from staff_member where establishment_id = ? and nom_usage = 'MARTIN'", Long.class, establishment);
        jdbc.update("insert into staff_function (establishment_id, staff_member_id, school_year_id, code, source) values (?, ?, ?, 'DOC', 'STS')",
                establishment, martin, prepared.id());

        SwitchoverResult result = switchover.run();

        assertThat(result.started().id()).isEqualTo(prepared.id());
        assertThat(result.staff()).filteredOn(l -> l.nomUsage().equals("MARTIN")).singleElement()
                .satisfies(l -> assertThat(l.outcome()).isEqualTo(CarryOverLine.Outcome.ALREADY_SET));
        assertThat(jdbc.queryForList("select code from staff_function where staff_member_id = ? and school_year_id = ?", String.class, martin, prepared.id()))
                .containsExactly("DOC");
    }

    @Test
    @WithUserDetails(value = SECRETARY, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void only_a_director_runs_it() {
        assertThatThrownBy(() -> switchover.run()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> switchover.plan()).isInstanceOf(AccessDeniedException.class);
    }
}
