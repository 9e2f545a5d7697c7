package org.preau.siecle.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.Headcounts;
import org.preau.siecle.ImportKind;
import org.preau.siecle.ImportPreview;
import org.preau.siecle.SiecleImports;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.SECRETAIRE;

/** What SCONET users look up: the nomenclature (MEF, diplomas, subjects). */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class NomenclaturesViewTest extends SpringBrowserlessTest {

    @Autowired LyceeLearners lycee;
    @Autowired SiecleImports imports;
    @Autowired Headcounts headcounts;
    @Autowired JdbcTemplate jdbc;

    SchoolYearView y2024;

    @BeforeEach
    void emptyLycee() {
        lycee.clear();
        jdbc.update("delete from nomenclature_subject where establishment_id = ?", lycee.lyceeId());
        jdbc.update("delete from headcount_snapshot where establishment_id = ?", lycee.lyceeId());
        y2024 = lycee.year(2024);
    }

    private ImportPreview importSample(ImportKind kind, String file) {
        return imports.confirm(imports.prepare(kind, y2024.id(), file, Samples.bytes("lycee-verdier/2024/" + file), null), null);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_nomenclatures_page_shows_the_mefs_with_their_diploma_and_the_subjects_by_name() {
        lycee.workIn(y2024);
        importSample(ImportKind.NOMENCLATURE, "Nomenclature.xml");

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
