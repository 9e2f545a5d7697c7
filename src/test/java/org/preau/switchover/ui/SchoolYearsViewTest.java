package org.preau.switchover.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.base.ui.AccessDeniedView;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearState;
import org.preau.security.LocalAccounts;
import org.preau.security.Role;
import org.preau.support.DemoUsers;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The switchover wizard, step by step, on an establishment of its own. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class SchoolYearsViewTest extends SpringBrowserlessTest {

    static final String DIRECTOR = "directeur.assistant";

    @Autowired
    EtablissementProvisioning provisioning;
    @Autowired
    LocalAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    long establishment;

    @BeforeEach
    void anEstablishmentWithAYearEnCoursAndATeacher() {
        EtablissementSummary e = provisioning.ensure("Réseau de test", SchoolSystem.FR, "Lycée de l'assistant", "assistant@example.org", "0179986M");
        establishment = e.id();
        accounts.createIfAbsent(DIRECTOR, "Direction Assistant", null, "x-assistant", Set.of(Role.DIRECTOR), Set.of(establishment));
        jdbc.update("delete from staff_function where establishment_id = ?", establishment);
        jdbc.update("delete from staff_member where establishment_id = ?", establishment);
        jdbc.update("delete from school_year where establishment_id = ?", establishment);
        long year = provisioning.ensureSchoolYear(establishment, 2040, SchoolYearState.EN_COURS).id();
        jdbc.update("insert into staff_member (establishment_id, nom_usage, prenom, created_at) values (?, 'LEGRAND', 'Paul', now())", establishment);
        long id = jdbc.queryForObject("select max(id) from staff_member where establishment_id = ?", Long.class, establishment);
        jdbc.update("insert into staff_function (establishment_id, staff_member_id, school_year_id, code, source) values (?, ?, ?, 'ENS', 'MANUAL')",
                establishment, id, year);
    }

    @Test
    @WithUserDetails(value = DIRECTOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_three_steps_close_the_year_and_open_the_next_with_the_staff_carried_over() {
        SchoolYearsView view = navigate(SchoolYearsView.class);
        assertThat(test(view.yearGrid).size()).isEqualTo(1);

        test(view.start).click();
        assertThat(view.step).isEqualTo(1);
        assertThat(view.next.isEnabled()).isFalse();
        test(view.understood).click();
        test(view.next).click();
        assertThat(view.step).isEqualTo(2);
        assertThat(view.plan.newYearLabel()).isEqualTo("2041-2042");
        assertThat(view.plan.staff()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from school_year where establishment_id = ?", Integer.class, establishment)).isEqualTo(1);

        test(view.run).click();

        assertThat(view.step).isEqualTo(3);
        assertThat(view.result.started().label()).isEqualTo("2041-2042");
        assertThat(test(view.yearGrid).size()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select state from school_year where establishment_id = ? and start_year = 2040", String.class, establishment))
                .isEqualTo("CLOTUREE");
    }

    @Test
    @WithUserDetails(DemoUsers.SECRETAIRE)
    void a_secretary_cannot_open_it() {
        assertThatThrownBy(() -> navigate(SchoolYearsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
