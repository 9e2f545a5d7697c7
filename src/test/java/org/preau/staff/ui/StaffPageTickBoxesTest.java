package org.preau.staff.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.SchoolYearService;
import org.preau.segec.SegecFixtures;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** A Belgian staff page: the seeds' tick boxes, saved per year, and the warning on a private e-mail at the school's domain. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class StaffPageTickBoxesTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired SchoolYearService years;

    long lemaire;

    @BeforeEach
    void demoEcole() {
        SegecFixtures.reset(jdbc);
        lemaire = SegecFixtures.staffId(jdbc, "Lemaire");
    }

    @AfterEach
    void restore() {
        SegecFixtures.reset(jdbc);
    }

    @Test
    @WithUserDetails("directeur.be")
    void the_director_unticks_the_administrative_presence_and_ticks_the_fonction_de_promotion_for_this_year() {
        StaffPageView view = navigate("personnels/" + lemaire, StaffPageView.class);
        assertThat(view.fonctionPromotion.isVisible()).isTrue();
        assertThat(view.presenceAdministrative.getValue()).isTrue();
        assertThat(view.presencePhysique.getValue()).isTrue();
        assertThat(view.fonctionPromotion.getValue()).isFalse();
        assertThat(view.presenceAdministrative.getLabel()).isEqualTo("Présence administrative en " + years.requireCurrent().label());

        view.presenceAdministrative.setValue(false);
        view.fonctionPromotion.setValue(true);
        test(view.valider).click();

        assertThat(jdbc.queryForMap("select presence_administrative, presence_physique, fonction_promotion from staff_year_presence "
                + "where staff_member_id = ? and school_year_id = ?", lemaire, years.requireCurrent().id()))
                .containsEntry("presence_administrative", false).containsEntry("presence_physique", true)
                .containsEntry("fonction_promotion", true);
    }

    @Test
    @WithUserDetails("directeur.be")
    void a_private_email_on_the_schools_domain_is_warned_about_on_the_page() {
        StaffPageView view = navigate("personnels/" + lemaire, StaffPageView.class);
        assertThat(view.schoolDomainWarning.isVisible()).isFalse();

        view.emailPerso.setValue("s.lemaire@ecole-saint-joseph.example");

        assertThat(view.schoolDomainWarning.isVisible()).isTrue();
        assertThat(view.schoolDomainWarning.getText()).contains("sur le domaine de l'école (ecole-saint-joseph.example)",
                "Préférez une adresse personnelle");
        view.emailPerso.setValue("sophie.lemaire@mail.example");
        assertThat(view.schoolDomainWarning.isVisible()).isFalse();
    }
}
