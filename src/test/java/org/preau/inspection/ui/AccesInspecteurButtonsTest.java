package org.preau.inspection.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.DIRECTEUR;

/** Accès inspecteur's buttons are off until there is something to add: a click never does nothing. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class AccesInspecteurButtonsTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.preau.support.LyceeLearners lycee;

    @org.junit.jupiter.api.BeforeEach
    void nomenclature() {
        lycee.clear();
        lycee.import2024();
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void add_waits_for_a_chosen_diploma_and_a_referent_for_both_choices() {
        AccesInspecteurView view = navigate(AccesInspecteurView.class);
        assertThat(view.addDiploma.isEnabled()).isFalse();
        assertThat(view.addReferent.isEnabled()).isFalse();
        assertThat(view.removeReferent.isEnabled()).isFalse();

        var diplomas = view.newDiploma.getListDataView().getItems().toList();
        assertThat(diplomas).as("the nomenclature's diplomas").isNotEmpty();
        view.newDiploma.setValue(diplomas.getFirst());
        assertThat(view.addDiploma.isEnabled()).isTrue();
        view.newDiploma.clear();
        assertThat(view.addDiploma.isEnabled()).isFalse();
        var inspectors = view.referent.getListDataView().getItems().toList();
        assertThat(inspectors).isNotEmpty();
        view.referent.setValue(inspectors.getFirst());
        assertThat(view.addReferent.isEnabled()).as("a referent without a diploma").isFalse();
    }
}
