package org.preau.staff.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.base.ui.AccessDeniedView;
import org.preau.establishment.EstablishmentProvisioning;
import org.preau.establishment.SchoolYearService;
import org.preau.security.CurrentUser;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/** The staff list and page without a browser: edits, read-only for a teacher, ids checked. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class StaffPageViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EstablishmentProvisioning provisioning;
    @Autowired
    SchoolYearService years;
    @Autowired
    CurrentUser currentUser;

    long lycee;
    long teacherRecord;
    long otherRecord;

    @BeforeEach
    void twoPeopleInTheLycee() {
        StaffFixtures fixtures = new StaffFixtures(jdbc, provisioning);
        lycee = fixtures.lyceeId();
        fixtures.clearStaff(lycee);
        jdbc.update("insert into staff_member (establishment_id, nom_usage, prenom, username, created_at) values (?, 'PETIT', 'Théo', ?, now())", lycee, ENSEIGNANT);
        teacherRecord = jdbc.queryForObject("select max(id) from staff_member where establishment_id = ?", Long.class, lycee);
        jdbc.update("insert into staff_member (establishment_id, nom_usage, prenom, created_at) values (?, 'GAUTIER', 'Isabelle', now())", lycee);
        otherRecord = jdbc.queryForObject("select max(id) from staff_member where establishment_id = ?", Long.class, lycee);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_secretary_edits_an_email_and_a_function() {
        StaffPageView view = navigate("personnels/" + otherRecord, StaffPageView.class);
        test(view.emailPro).setValue("isabelle.gautier@lycee-verdier.example");
        view.functions.setValue(java.util.Set.of("ENS"));

        test(view.valider).click();

        assertThat(jdbc.queryForObject("select email_pro from staff_member where id = ?", String.class, otherRecord))
                .isEqualTo("isabelle.gautier@lycee-verdier.example");
        assertThat(jdbc.queryForList("select code from staff_function where staff_member_id = ? and school_year_id = ?", String.class,
                otherRecord, years.requireCurrent().id())).containsExactly("ENS");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void an_invalid_email_is_shown_next_to_the_field_and_nothing_is_saved() {
        StaffPageView view = navigate("personnels/" + otherRecord, StaffPageView.class);
        view.emailPerso.setValue("pas-une-adresse");

        test(view.valider).click();

        assertThat(view.emailPerso.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select email_perso from staff_member where id = ?", String.class, otherRecord)).isNull();
    }

    @Test
    @WithUserDetails(ENSEIGNANT)
    void a_teacher_reads_his_own_page_without_editing_it_and_no_other() {
        StaffPageView own = navigate("personnels/ma-fiche", StaffPageView.class);
        assertThat(own.nomUsage.getValue()).isEqualTo("PETIT");
        assertThat(own.nomUsage.isReadOnly()).isTrue();
        assertThat(own.valider.isVisible()).isFalse();

        assertThatThrownBy(() -> navigate("personnels/" + otherRecord, StaffPageView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_record_of_another_establishment_gives_the_access_denied_page() {
        long ecole = currentUser.require().establishmentIds().stream().filter(e -> e != lycee).findFirst().orElseThrow();
        currentUser.switchEstablishment(ecole);

        assertThatThrownBy(() -> navigate("personnels/" + otherRecord, StaffPageView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void the_director_links_the_teachers_account() {
        jdbc.update("update staff_member set username = null where id = ?", teacherRecord);
        StaffPageView view = navigate("personnels/" + otherRecord, StaffPageView.class);
        test(view.username).setValue(ENSEIGNANT);

        test(view.linkAccount).click();

        assertThat(jdbc.queryForObject("select username from staff_member where id = ?", String.class, otherRecord)).isEqualTo(ENSEIGNANT);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_list_searches_by_name() {
        StaffListView list = navigate(StaffListView.class);
        test(list.search).setValue("gaut");

        assertThat(test(list.grid).size()).isEqualTo(1);
        assertThat(test(list.grid).getRow(0).nomUsage()).isEqualTo("GAUTIER");
    }
}
