package org.preau.learner.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.base.ui.AccessDeniedView;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.LearnerStatus;
import org.preau.learner.RecordKind;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** The learners list and the learner page, without a browser. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class LearnerViewsTest extends SpringBrowserlessTest {

    @Autowired
    LyceeLearners lycee;

    SchoolYearView y2024;

    @BeforeEach
    void importedLycee() {
        y2024 = lycee.imported2024WithTheTeacherIn2nde1();
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_list_filters_by_division_and_status_and_searches_by_name() {
        lycee.workIn(y2024);
        LearnerListView view = navigate(LearnerListView.class);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("ARNAUD");

        test(view.division).selectItem("TG1");
        test(view.status).selectItem(view.getTranslation(LearnerStatus.INACTIVE.translationKey()));
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("LEFEBVRE");
        assertThat(test(view.grid).getCellText(0, 6)).isEqualTo("Sorti le 13/12/2024");

        view.division.clear();
        test(view.status).selectItem(view.getTranslation(LearnerStatus.ALL.translationKey()));
        test(view.search).setValue("d'alm");
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("D'ALMEIDA");
        assertThat(test(view.grid).getCellText(0, 5)).isEqualTo("1ERE G");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_first_name_finds_both_namesakes_told_apart_by_birth_date_and_an_empty_search_says_why() {
        lycee.workIn(y2024);
        LearnerListView view = navigate(LearnerListView.class);
        test(view.status).selectItem(view.getTranslation(LearnerStatus.ALL.translationKey()));
        test(view.search).setValue("Hugo");
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("DUPONT");
        assertThat(test(view.grid).getCellText(1, 0)).isEqualTo("DUPONT");
        assertThat(java.util.Set.of(test(view.grid).getCellText(0, 2), test(view.grid).getCellText(1, 2)))
                .containsExactlyInAnyOrder("11/02/2008", "17/06/2009");

        test(view.search).setValue("Xavierre");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("Aucun élève ne correspond à « Xavierre » avec ces filtres. "
                + "Cherchez un autre mot du nom ou des prénoms, ou l'INE.");
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void the_learner_page_shows_the_enrolment_and_no_writing_for_staff() {
        lycee.workIn(y2024);
        LearnerView view = navigate(LearnerView.class, lycee.idOf("FAURE"));
        assertThat(view.details().prenoms()).isEqualTo("Étienne, Jean, Noël");
        assertThat(view.addButtons).isEmpty();
        assertThat(view.getPageTitle()).isEqualTo("FAURE Étienne");
    }

    @Test
    @WithUserDetails(ENSEIGNANT)
    void a_teacher_adds_a_bilan_for_a_learner_of_their_division() {
        lycee.workIn(y2024);
        LearnerView view = navigate(LearnerView.class, lycee.idOf("BERNARD"));
        roundTrip();
        test(view.addButtons.get(RecordKind.BILAN)).click();
        RecordDialog dialog = find(RecordDialog.class).single();
        test(dialog.title).setValue("Bilan du premier trimestre");
        test(dialog.content).setValue("Bon trimestre, à poursuivre.");
        test(dialog.save).click();

        assertThat(test(view.recordGrids.get(RecordKind.BILAN)).getCellText(0, 1)).isEqualTo("Bilan du premier trimestre");
    }

    @Test
    @WithUserDetails(ENSEIGNANT)
    void a_date_in_the_future_is_refused_in_red_under_the_date_field() {
        lycee.workIn(y2024);
        LearnerView view = navigate(LearnerView.class, lycee.idOf("BERNARD"));
        roundTrip();
        test(view.addButtons.get(RecordKind.BILAN)).click();
        RecordDialog dialog = find(RecordDialog.class).single();
        dialog.date.setMax(null);
        dialog.date.setValue(java.time.LocalDate.now().plusDays(3));
        test(dialog.title).setValue("Bilan anticipé");
        test(dialog.content).setValue("Pas encore.");
        test(dialog.save).click();

        assertThat(dialog.date.isInvalid()).isTrue();
        assertThat(dialog.date.getErrorMessage()).isEqualTo("La date ne peut pas être dans le futur.");
        assertThat(dialog.error.getText()).as("nothing in black under the form").isEmpty();
    }

    @Test
    @WithUserDetails(ENSEIGNANT)
    void a_teacher_opening_a_learner_of_another_division_by_id_gets_the_access_denied_page() {
        lycee.workIn(y2024);
        navigate("eleves/" + lycee.idOf("MOREAU"), AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).all()).as("a way to go elsewhere")
                .extracting(com.vaadin.flow.component.html.Anchor::getText).contains("Liste des élèves");
    }

    @Test
    @WithUserDetails(SECRETAIRE_BE)
    void a_learner_of_another_establishment_gets_the_access_denied_page() {
        navigate("eleves/" + lycee.idOf("BERNARD"), AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
