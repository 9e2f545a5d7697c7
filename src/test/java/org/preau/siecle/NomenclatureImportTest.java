package org.preau.siecle;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeStatus;
import org.preau.learner.MefCatalog;
import org.preau.learner.MefView;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.DIRECTEUR;

@PreauIntegrationTest
@WithUserDetails(DIRECTEUR)
class NomenclatureImportTest {

    private static final String NOMENCLATURE_2024 = "lycee-verdier/2024/Nomenclature.xml";

    @Autowired
    SiecleImports imports;
    @Autowired
    MefCatalog mefs;
    @Autowired
    LyceeLearners lycee;
    @Autowired
    ExchangeLog exchangeLog;

    SchoolYearView y2024;

    @BeforeEach
    void cleanSlate() {
        y2024 = lycee.withoutLearners(2024);
    }

    private PreparedImport prepare(String sample) {
        return imports.prepare(ImportKind.NOMENCLATURE, y2024.id(), "Nomenclature.xml", Samples.bytes(sample), null);
    }

    @Test
    void the_mefs_are_previewed_then_written_trimmed_and_a_second_import_changes_nothing() {
        PreparedImport prepared = prepare(NOMENCLATURE_2024);
        assertThat(prepared.preview().count("mefs_in_file")).isEqualTo(3);
        assertThat(prepared.preview().count("mefs_added")).isEqualTo(3);
        assertThat(mefs.all()).isEmpty();

        imports.confirm(prepared, null);

        MefView seconde = mefs.all().get("20010018110");
        assertThat(seconde.formation()).isEqualTo("2NDE GT");
        assertThat(seconde.libelleLong()).isEqualTo("2NDE GENERALE ET TECHNOLOGIQUE");
        assertThat(seconde.label()).isEqualTo("2nde générale et technologique");
        assertThat(seconde.mefRattachement()).isEqualTo("20010018110");
        assertThat(exchangeLog.history(ExchangeKind.NOMENCLATURE, 0, 1).getFirst().status()).isEqualTo(ExchangeStatus.SUCCESS);

        ImportPreview again = imports.confirm(prepare(NOMENCLATURE_2024), null);
        assertThat(again.count("mefs_unchanged")).isEqualTo(3);
        assertThat(again.count("written")).isZero();
    }

    @Test
    void a_pupils_export_uploaded_as_nomenclature_is_refused_with_a_hint() {
        ImportPreview preview = prepare("lycee-verdier/2024/ElevesSansAdresses.xml").preview();

        assertThat(preview.refused()).isTrue();
        assertThat(preview.errors()).singleElement().satisfies(e -> {
            assertThat(e.text()).contains("BEE_ELEVES").contains("Élèves (SIECLE BEE)");
            assertThat(e.location()).isEqualTo("ligne 2, élément racine");
        });
        assertThat(mefs.all()).isEmpty();
    }
}
