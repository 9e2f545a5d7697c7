package org.preau.siecle.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.SchoolYearView;
import org.preau.siecle.ImportKind;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.SECRETAIRE;

/** What SCONET users look up: the nomenclature (MEF, diplomas, subjects). */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class NomenclaturesViewTest extends SpringBrowserlessTest {

    @Autowired LyceeLearners lycee;

    SchoolYearView y2024;

    @BeforeEach
    void emptyLycee() {
        lycee.clearWithImportTraces();
        y2024 = lycee.year(2024);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_nomenclatures_page_shows_the_mefs_with_their_diploma_and_the_subjects_by_name() {
        lycee.workIn(y2024);
        lycee.importSample(y2024, ImportKind.NOMENCLATURE, "Nomenclature.xml");

        NomenclaturesView view = navigate(NomenclaturesView.class);
        assertThat(view.lastImport.getText()).startsWith("Dernier import de la nomenclature : le ").contains("Claire Martin");
        assertThat(test(view.mefs).size()).isPositive();
        assertThat(test(view.subjects).size()).isPositive();
        boolean english = false;
        for (int row = 0; row < test(view.subjects).size(); row++) {
            if (test(view.subjects).getCellText(row, 0).equals("Anglais LV1")) {
                english = true;
                assertThat(test(view.subjects).getCellText(row, 2)).isEqualTo("030201");
            }
        }
        assertThat(english).as("a subject shown by its name, its code beside").isTrue();
    }
}
