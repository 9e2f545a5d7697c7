package org.preau.siecle;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeStatus;
import org.preau.exchange.ExchangeSummary;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.SECRETAIRE;

/**
 * Every hostile or broken sample of {@code bad/}, uploaded as a BEE export, is refused as a
 * whole with a French message that says where, nothing is written, and the refusal is in the
 * exchange history.
 */
@PreauIntegrationTest
@WithUserDetails(SECRETAIRE)
class BadFilesTest {

    /** What each message must name, beyond having a location. */
    private static final Map<String, List<String>> MUST_SAY = Map.ofEntries(
            Map.entry("xxe_external_entity.xml", List.of("DOCTYPE", "ligne 2")),
            Map.entry("xxe_external_dtd.xml", List.of("DOCTYPE", "ligne 2")),
            Map.entry("xxe_parameter_entity.xml", List.of("DOCTYPE", "ligne 2")),
            Map.entry("billion_laughs.xml", List.of("DOCTYPE", "ligne 2")),
            Map.entry("sts_xxe_external_entity.xml", List.of("DOCTYPE", "ligne 2")),
            Map.entry("truncated.xml", List.of("incomplet")),
            Map.entry("wrong_root_responsables.xml", List.of("BEE_RESPONSABLES", "responsables", "ligne 2")),
            Map.entry("wrong_root_edt_sts.xml", List.of("EDT_STS", "emploi du temps", "ligne 2")),
            Map.entry("bad_date_impossible.xml", List.of("31/02/2009", "ELEVE_ID 1480231", "DATE_NAISS")),
            Map.entry("bad_date_format.xml", List.of("2009-03-14", "ELEVE_ID 1480231", "DATE_NAISS")),
            Map.entry("missing_id_national.xml", List.of("ID_NATIONAL", "ELEVE_ID 1480404")),
            Map.entry("duplicate_eleve_id.xml", List.of("1480231", "BERNARD Léa", "LEFÈVRE Éloïse")),
            Map.entry("utf8_declared_iso8859-15.xml", List.of("ISO-8859-15", "UTF-8", "ligne ")),
            Map.entry("iso8859-15_declared_utf8.xml", List.of("UTF-8", "ligne ")),
            Map.entry("uai_bad_check_letter.xml", List.of("0179912H", "G", "UAJ")),
            Map.entry("orphan_structures_eleve.xml", List.of("9999999", "STRUCTURES_ELEVE")));

    @Autowired
    SiecleImports imports;
    @Autowired
    LyceeLearners lycee;
    @Autowired
    ExchangeLog exchangeLog;

    SchoolYearView y2024;

    @BeforeEach
    void cleanSlate() {
        y2024 = lycee.withoutLearners(2024);
    }

    static List<String> badFiles() {
        JsonNode expected = new ObjectMapper().readTree(Samples.bytes("bad/expected.json"));
        List<String> files = new ArrayList<>();
        expected.get("cases").forEach(c -> files.add(c.get("file").asString()));
        return files;
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void a_bad_sample_is_refused_with_a_located_french_message_and_nothing_is_written(String file) {
        assertThat(MUST_SAY).as("every sample has its expectation").containsKey(file);

        PreparedImport prepared = imports.prepare(ImportKind.SIECLE_BEE, y2024.id(), file, Samples.bytes("bad/" + file), null);

        ImportPreview preview = prepared.preview();
        assertThat(preview.refused()).isTrue();
        assertThat(prepared.confirmable()).isFalse();
        assertThat(preview.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.location()).isNotBlank());
        String all = preview.errors().stream().map(e -> e.text() + " @ " + e.location()).reduce("", String::concat);
        assertThat(all).contains(MUST_SAY.get(file)).doesNotContain("root:").doesNotContain("/bin/");
        assertThat(lycee.count("learner")).isZero();
        assertThat(lycee.count("enrolment")).isZero();

        ExchangeSummary row = exchangeLog.history(ExchangeKind.SIECLE_BEE, 0, 1).getFirst();
        assertThat(row.status()).isEqualTo(ExchangeStatus.FAILURE);
        assertThat(row.payloadName()).isEqualTo(file);
        assertThat(exchangeLog.messages(row.id())).extracting(m -> m.text()).contains(preview.errors().getFirst().text());
    }
}
