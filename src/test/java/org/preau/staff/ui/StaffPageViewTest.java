package org.preau.staff.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.base.ui.AccessDeniedView;
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
    StaffFixtures fixtures;
    @Autowired
    SchoolYearService years;
    @Autowired
    CurrentUser currentUser;

    long lycee;
    long teacherRecord;
    long otherRecord;

    @BeforeEach
    void twoPeopleInTheLycee() {
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
        assertThat(view.lastUpdate.getText()).startsWith("Dernière modification le ").endsWith(" par Claire Martin.");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_page_names_the_grade_the_discipline_and_the_subjects_with_their_codes_in_tooltips() {
        long yearId = years.requireCurrent().id();
        jdbc.update("update staff_member set grade = 'CERTIFIE', external_type = 'epp', external_id = '99001' where id = ?", otherRecord);
        jdbc.update("insert into staff_discipline (staff_member_id, code, label, hours, establishment_id) values (?, 'L0422', 'ANGLAIS', 18, ?)", otherRecord, lycee);
        jdbc.update("insert into staff_service (staff_member_id, school_year_id, structure_type, structure_code, subject_code, establishment_id)"
                + " values (?, ?, 'D', '2NDE 1', '030201', ?)", otherRecord, yearId, lycee);
        jdbc.update("delete from nomenclature_subject where establishment_id = ? and code = '030201'", lycee);
        jdbc.update("insert into nomenclature_subject (establishment_id, code, libelle_court, libelle_edition, updated_at)"
                + " values (?, '030201', 'ANGLAIS LV1', 'Anglais LV1', now())", lycee);

        StaffPageView view = navigate("personnels/" + otherRecord, StaffPageView.class);

        assertThat(view.service.source.getText()).contains("Professeur certifié").doesNotContain("CERTIFIE");
        assertThat(view.service.served.getElement().getTextRecursively()).contains("2NDE 1 (Anglais LV1)").doesNotContain("030201");
        assertThat(view.service.served.getChildren().filter(c -> "030201".equals(c.getElement().getAttribute("title")))).hasSize(1);
        assertThat(view.service.disciplines.getElement().getTextRecursively()).contains("ANGLAIS (18 h)").doesNotContain("L0422");
        assertThat(view.service.disciplines.getChildren().filter(c -> "L0422".equals(c.getElement().getAttribute("title")))).hasSize(1);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void an_invalid_email_is_shown_next_to_the_field_and_nothing_is_saved() {
        StaffPageView view = navigate("personnels/" + otherRecord, StaffPageView.class);
        view.emailPerso.setValue("pas-une-adresse");

        test(view.valider).click();

        assertThat(view.emailPerso.isInvalid()).isTrue();
        assertThat(view.emailPerso.getI18n().getPatternErrorMessage()).as("the browser's own check says it under the field too")
                .startsWith("Adresse électronique invalide");
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
