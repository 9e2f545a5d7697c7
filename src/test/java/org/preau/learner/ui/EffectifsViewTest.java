package org.preau.learner.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.Headcounts;
import org.preau.siecle.ImportKind;
import org.preau.siecle.SiecleImports;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.SECRETAIRE;

/** What SCONET users look up: the pupils per division and per MEF, and what the latest import changed. */
@PreauIntegrationTest
@ViewPackages(packages = "org.preau")
class EffectifsViewTest extends SpringBrowserlessTest {

    @Autowired LyceeLearners lycee;
    @Autowired SiecleImports imports;
    @Autowired Headcounts headcounts;

    SchoolYearView y2024;

    @BeforeEach
    void emptyLycee() {
        lycee.clearWithImportTraces();
        y2024 = lycee.year(2024);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_effectifs_page_counts_what_the_import_preview_counted_and_what_it_changed() {
        lycee.workIn(y2024);
        var prepared = imports.prepare(ImportKind.SIECLE_BEE, y2024.id(), "ElevesSansAdresses.xml",
                Samples.bytes("lycee-verdier/2024/ElevesSansAdresses.xml"), null);
        Map<String, Integer> previewed = prepared.preview().perDivision();
        imports.confirm(prepared, null);

        Headcounts.Table table = headcounts.of(y2024.id());
        Map<String, Integer> counted = new LinkedHashMap<>();
        table.divisions().stream().filter(l -> !l.code().isEmpty()).forEach(l -> counted.put(l.code(), l.pupils()));
        assertThat(counted).as("the same counts as the import preview").isEqualTo(previewed);
        assertThat(table.divisions()).as("the first import into an empty year brought every pupil")
                .allSatisfy(l -> assertThat(l.change()).isEqualTo(l.pupils()));
        assertThat(table.lastImport()).isNotNull();

        EffectifsView view = navigate(EffectifsView.class);
        assertThat(test(view.divisions).size()).isEqualTo(table.divisions().size());
        assertThat(test(view.divisions).getCellText(0, 2)).startsWith("+");
        assertThat(view.summary.getText()).contains("2024-2025").contains(table.total() + " élèves actifs").contains("dernier import");
        assertThat(view.print.isEnabled()).isTrue();
    }

}
