package org.preau.siecle;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeStatus;
import org.preau.exchange.ExchangeSummary;
import org.preau.learner.LearnerMovements.Kind;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.SECRETAIRE;

/** The SIECLE BEE import on the real database, against the counts of the samples' expected files. */
@PreauIntegrationTest
@WithUserDetails(SECRETAIRE)
class BeeImportTest {

    private static final String BEE_2024 = "lycee-verdier/2024/ElevesSansAdresses.xml";
    private static final String BEE_2025 = "lycee-verdier/2025/ElevesSansAdresses.xml";

    @Autowired
    SiecleImports imports;
    @Autowired
    LyceeLearners lycee;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExchangeLog exchangeLog;
    @Autowired
    RecordedMovements movements;
    @Autowired
    org.preau.establishment.EtablissementProvisioning provisioning;

    SchoolYearView y2024;
    SchoolYearView y2025;

    @BeforeEach
    void cleanSlate() {
        lycee.clear();
        movements.listen();
        y2024 = lycee.year(2024);
        y2025 = lycee.year(2025);
    }

    /** The recorder is shared by the whole context: leave it quiet for the other classes. */
    @org.junit.jupiter.api.AfterEach
    void quietRecorder() {
        movements.reset();
    }

    private static JsonNode expected(String name) throws IOException {
        return new ObjectMapper().readTree(Samples.bytes("lycee-verdier/expected/" + name));
    }

    private PreparedImport prepare(SchoolYearView year, String sample) {
        return imports.prepare(ImportKind.SIECLE_BEE, year.id(), sample.replaceAll(".*/", ""), Samples.bytes(sample), null);
    }

    private ImportPreview importFile(SchoolYearView year, String sample) {
        PreparedImport prepared = prepare(year, sample);
        assertThat(prepared.preview().errors()).isEmpty();
        return imports.confirm(prepared, null);
    }

    private int activeIn(SchoolYearView year) {
        return jdbc.queryForObject("select count(*) from enrolment where school_year_id = ? and active", Integer.class, year.id());
    }

    @Test
    void the_2024_export_previews_the_expected_counts_and_writes_nothing_before_confirmation() throws IOException {
        JsonNode expected = expected("import_2024.json");

        ImportPreview preview = prepare(y2024, BEE_2024).preview();

        assertThat(preview.refused()).isFalse();
        assertThat(preview.count("eleves_in_file")).isEqualTo(expected.get("eleves_in_file").asInt());
        assertThat(preview.count("active_pupils")).isEqualTo(expected.get("active_pupils").asInt());
        assertThat(preview.count("left_in_file")).isEqualTo(expected.get("left_in_file").asInt());
        assertThat(preview.count("active_without_division")).isEqualTo(expected.get("active_without_division").asInt());
        assertThat(preview.count("divisions")).isEqualTo(expected.get("divisions").asInt());
        assertThat(preview.count("groups")).isEqualTo(expected.get("groups").asInt());
        Map<String, Integer> perDivision = new ObjectMapper().convertValue(expected.get("per_division"), Map.class);
        assertThat(preview.perDivision()).isEqualTo(perDivision);
        assertThat(preview.count("arrivals")).isEqualTo(40);
        assertThat(preview.count("leavers")).isZero();
        assertThat(preview.warnings()).singleElement().satisfies(w -> {
            assertThat(w.text()).contains("sans division").contains("GUERIN");
            assertThat(w.location()).startsWith("ligne ");
        });
        assertThat(lycee.count("learner")).isZero();
        assertThat(lycee.count("enrolment")).isZero();
    }

    @Test
    void confirming_writes_every_pupil_with_division_groups_and_the_pupils_own_mef() throws IOException {
        JsonNode expected = expected("import_2024.json");

        ImportPreview done = importFile(y2024, BEE_2024);

        assertThat(done.written()).isTrue();
        assertThat(lycee.count("learner")).isEqualTo(41);
        assertThat(activeIn(y2024)).isEqualTo(40);
        expected.get("per_division").properties().forEach(e -> assertThat(jdbc.queryForObject(
                "select count(*) from enrolment where school_year_id = ? and active and division = ?", Integer.class, y2024.id(), e.getKey()))
                .as(e.getKey()).isEqualTo(e.getValue().asInt()));
        expected.get("per_code_mef").properties().forEach(e -> assertThat(jdbc.queryForObject(
                "select count(*) from enrolment where school_year_id = ? and active and code_mef = ?", Integer.class, y2024.id(), e.getKey()))
                .as(e.getKey()).isEqualTo(e.getValue().asInt()));
        // DA SILVA's SCOLARITE_AN_DERNIER carries last year's MEF (3EME) after his own
        assertThat(jdbc.queryForObject("""
                select e.code_mef from enrolment e join learner l on l.id = e.learner_id where l.ine = '914802378ST'""", String.class))
                .isEqualTo("20010018110");
        // the leaver still listed in TG1 is kept, inactive, with her exit date
        assertThat(jdbc.queryForMap("""
                select e.active, e.exit_date, e.division from enrolment e join learner l on l.id = e.learner_id where l.nom = 'LEFEBVRE'"""))
                .containsEntry("active", false).containsEntry("division", "TG1");
        // accents and Œ survive the ISO-8859-15 → utf8mb4 trip
        assertThat(jdbc.queryForList("select nom from learner where establishment_id = ?", String.class, lycee.lyceeId()))
                .contains("CŒURLY", "LŒILLET", "LEFÈVRE", "N'DIAYE", "DE LA ROCHE");
        assertThat(jdbc.queryForObject("select groups_codes from enrolment e join learner l on l.id = e.learner_id where l.nom = 'ROUX'",
                String.class)).contains("|");

        ExchangeSummary row = exchangeLog.history(ExchangeKind.SIECLE_BEE, 0, 1).getFirst();
        assertThat(row.status()).isEqualTo(ExchangeStatus.SUCCESS);
        assertThat(row.counts()).containsEntry("arrivals", 40).containsEntry("eleves_in_file", 41);
        assertThat(row.startedBy()).isEqualTo(SECRETAIRE);
        assertThat(exchangeLog.payload(row.id()).orElseThrow().content()).isEqualTo(Samples.bytes(BEE_2024));
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        importFile(y2024, BEE_2024);
        String before = jdbc.queryForObject("select group_concat(concat_ws(',', id, updated_at) order by id) from enrolment where school_year_id = ?",
                String.class, y2024.id());
        movements.listen();

        ImportPreview again = importFile(y2024, BEE_2024);

        assertThat(again.count("arrivals")).isZero();
        assertThat(again.count("leavers")).isZero();
        assertThat(again.count("division_changes")).isZero();
        assertThat(again.count("written")).isZero();
        assertThat(again.count("unchanged")).isEqualTo(41);
        assertThat(jdbc.queryForObject("select group_concat(concat_ws(',', id, updated_at) order by id) from enrolment where school_year_id = ?",
                String.class, y2024.id())).isEqualTo(before);
        assertThat(movements.none()).isTrue();
    }

    @Test
    void the_switch_to_2025_deactivates_the_leavers_and_adds_the_arrivals_as_expected() throws IOException {
        JsonNode expected = expected("switch_2024_2025.json");
        importFile(y2024, BEE_2024);
        movements.listen();

        ImportPreview preview = prepare(y2025, BEE_2025).preview();

        for (String count : new String[]{"active_before", "active_after", "leavers", "leavers_absent_from_file", "leavers_with_date_sortie",
                "arrivals", "reactivated", "continuing", "division_changes"}) {
            assertThat(preview.count(count)).as(count).isEqualTo(expected.get(count).asInt());
        }
        assertThat(preview.perDivision()).isEqualTo(new ObjectMapper().convertValue(expected.get("per_division_after"), Map.class));
        assertThat(preview.leavers()).extracting(PreviewLine::key).containsExactlyInAnyOrderElementsOf(strings(expected.get("leaver_ids")));
        assertThat(preview.arrivals()).extracting(PreviewLine::key).containsExactlyInAnyOrderElementsOf(strings(expected.get("arrival_ids")));
        assertThat(preview.changes()).anySatisfy(c -> assertThat(c.detail()).contains("ROBIN-LEBLANC"));

        imports.confirm(prepare(y2025, BEE_2025), null);

        assertThat(activeIn(y2025)).isEqualTo(expected.get("active_after").asInt());
        assertThat(activeIn(y2024)).isEqualTo(expected.get("active_before").asInt());
        for (String ine : strings(expected.get("leaver_ids"))) {
            assertThat(jdbc.queryForObject("""
                    select e.active from enrolment e join learner l on l.id = e.learner_id
                    where l.ine = ? and e.school_year_id = ?""", Boolean.class, ine, y2025.id())).as(ine).isFalse();
        }
        assertThat(lycee.count("learner")).as("leavers are kept").isEqualTo(41 + 6);
        assertThat(movements.ines(Kind.ARRIVED, Kind.RETURNED)).containsExactlyInAnyOrderElementsOf(strings(expected.get("arrival_ids")));
        assertThat(movements.ines(Kind.LEFT)).containsExactlyInAnyOrderElementsOf(strings(expected.get("leaver_ids")));
        assertThat(jdbc.queryForObject("select count(*) from enrolment where school_year_id = ? and not active and exit_date is not null",
                Integer.class, y2025.id())).isEqualTo(expected.get("leavers_with_date_sortie").asInt());

        ImportPreview again = imports.confirm(prepare(y2025, BEE_2025), null);
        assertThat(again.count("leavers")).isZero();
        assertThat(again.count("arrivals")).isZero();
        assertThat(again.count("written")).isZero();
    }

    @Test
    void a_utf8_file_with_a_bom_and_a_zipped_export_import_like_the_original() throws IOException {
        ImportPreview bom = imports.prepare(ImportKind.SIECLE_BEE, y2024.id(), "bom.xml",
                Samples.bytes("edge/ElevesSansAdresses_2024_utf8_bom.xml"), null).preview();
        ImportPreview zipped = imports.prepare(ImportKind.SIECLE_BEE, y2024.id(), "export.zip",
                zip("ElevesSansAdresses.xml", Samples.bytes(BEE_2024)), null).preview();
        ImportPreview original = prepare(y2024, BEE_2024).preview();

        assertThat(bom.counts()).isEqualTo(original.counts());
        assertThat(zipped.counts()).isEqualTo(original.counts());
        assertThat(bom.arrivals()).isEqualTo(original.arrivals());
    }

    @Test
    void an_export_of_another_year_or_another_establishment_is_refused() {
        ImportPreview wrongYear = prepare(y2025, BEE_2024).preview();
        assertThat(wrongYear.refused()).isTrue();
        assertThat(wrongYear.errors()).singleElement().satisfies(e -> {
            assertThat(e.text()).contains("2024-2025").contains("2025-2026");
            assertThat(e.location()).contains("ANNEE_SCOLAIRE");
        });

        byte[] other = new String(Samples.bytes(BEE_2024), StandardCharsets.ISO_8859_1)
                .replace("<UAJ>0179912G</UAJ>", "<UAJ>0310036W</UAJ>").getBytes(StandardCharsets.ISO_8859_1);
        ImportPreview otherSchool = imports.prepare(ImportKind.SIECLE_BEE, y2024.id(), "other.xml", other, null).preview();
        assertThat(otherSchool.errors()).singleElement().satisfies(e -> {
            assertThat(e.text()).contains("0310036W").contains("0179912G");
            assertThat(e.location()).contains("UAJ");
        });
        assertThat(lycee.count("learner")).isZero();
        assertThat(exchangeLog.history(ExchangeKind.SIECLE_BEE, 0, 1).getFirst().status()).isEqualTo(ExchangeStatus.FAILURE);
    }

    @Test
    void two_pupils_with_the_same_ine_are_refused_and_both_are_named() {
        // MOREAU takes ROUSSEAU's INE
        byte[] twice = new String(Samples.bytes(BEE_2024), StandardCharsets.ISO_8859_1)
                .replace("<ID_NATIONAL>914802426DW</ID_NATIONAL>", "<ID_NATIONAL>914802353VR</ID_NATIONAL>")
                .getBytes(StandardCharsets.ISO_8859_1);

        ImportPreview preview = imports.prepare(ImportKind.SIECLE_BEE, y2024.id(), "twice.xml", twice, null).preview();

        assertThat(preview.refused()).isTrue();
        assertThat(preview.errors()).singleElement().satisfies(e -> {
            assertThat(e.text()).contains("914802353VR").contains("ROUSSEAU Maël").contains("MOREAU Théo")
                    .contains("1480565").contains("1481194");
            assertThat(e.location()).contains("ELEVE_ID 1481194");
        });
        assertThat(lycee.count("learner")).isZero();
    }

    @Test
    void a_write_that_fails_halfway_leaves_nothing_behind_and_is_recorded_as_failed() {
        PreparedImport prepared = prepare(y2024, BEE_2024);
        movements.failDuringWrite();

        assertThatThrownBy(() -> imports.confirm(prepared, null)).hasMessage("write interrupted on purpose");

        assertThat(lycee.count("learner")).isZero();
        assertThat(lycee.count("enrolment")).isZero();
        assertThat(movements.none()).isTrue();
        assertThat(exchangeLog.history(ExchangeKind.SIECLE_BEE, 0, 1).getFirst().status()).isEqualTo(ExchangeStatus.FAILURE);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void a_closed_year_takes_no_import_and_a_year_closed_after_the_preview_refuses_the_confirmation() {
        SchoolYearView closed = provisioning.ensureSchoolYear(lycee.lyceeId(), 2019, org.preau.establishment.SchoolYearState.CLOTUREE);

        ImportPreview refused = prepare(closed, BEE_2024).preview();
        assertThat(refused.refused()).isTrue();
        assertThat(refused.errors()).singleElement()
                .satisfies(e -> assertThat(e.text()).isEqualTo("L'année 2019-2020 est clôturée : elle reste consultable mais ne reçoit plus d'import."));

        PreparedImport prepared = prepare(y2024, BEE_2024);
        assertThat(prepared.preview().refused()).isFalse();
        jdbc.update("update school_year set state = 'CLOTUREE' where id = ?", y2024.id());
        try {
            assertThatThrownBy(() -> imports.confirm(prepared, null)).isInstanceOf(ImportRefusedException.class)
                    .hasMessageContaining("2024-2025 est clôturée");
        } finally {
            jdbc.update("update school_year set state = 'EN_COURS' where id = ?", y2024.id());
        }
        assertThat(lycee.count("learner")).isZero();
        assertThat(lycee.count("enrolment")).isZero();
    }

    @Test
    void a_pupil_first_exported_without_an_ine_stays_one_learner_when_the_ine_comes() {
        byte[] original = Samples.bytes(BEE_2024);
        String text = new String(original, StandardCharsets.ISO_8859_1);
        byte[] withoutIne = text.replace("<ID_NATIONAL>914802353VR</ID_NATIONAL>", "<ID_NATIONAL></ID_NATIONAL>")
                .getBytes(StandardCharsets.ISO_8859_1);
        PreparedImport first = imports.prepare(ImportKind.SIECLE_BEE, y2024.id(), "ElevesSansAdresses.xml", withoutIne, null);
        assertThat(first.preview().errors()).isEmpty();
        imports.confirm(first, null);
        long learnerId = jdbc.queryForObject("select id from learner where establishment_id = ? and siecle_key like 'ELEVE_ID:%'",
                Long.class, lycee.lyceeId());
        int learners = lycee.count("learner");

        ImportPreview preview = prepare(y2024, BEE_2024).preview();
        assertThat(preview.count("arrivals")).isZero();
        assertThat(preview.count("leavers")).isZero();
        assertThat(preview.changes()).singleElement().satisfies(line -> assertThat(line.detail()).contains("INE : — → 914802353VR"));
        imports.confirm(prepare(y2024, BEE_2024), null);

        assertThat(lycee.count("learner")).isEqualTo(learners);
        assertThat(jdbc.queryForObject("select siecle_key from learner where id = ?", String.class, learnerId)).isEqualTo("914802353VR");
        assertThat(jdbc.queryForObject("select ine from learner where id = ?", String.class, learnerId)).isEqualTo("914802353VR");
        assertThat(activeIn(y2024)).isEqualTo(40);
    }

    @Test
    void a_change_made_between_the_preview_and_the_confirmation_is_compared_again() {
        importFile(y2024, BEE_2024);
        PreparedImport unchanged = prepare(y2024, BEE_2024);
        PreparedImport changed = prepare(y2024, BEE_2024);
        assertThat(changed.preview().count("written")).isZero();
        // someone moves a pupil to another division after both previews: the file's division must come back
        long learnerId = jdbc.queryForObject("select learner_id from enrolment where school_year_id = ? and active limit 1", Long.class, y2024.id());
        String division = jdbc.queryForObject("select division from enrolment where learner_id = ? and school_year_id = ?", String.class,
                learnerId, y2024.id());
        jdbc.update("update enrolment set division = 'AILLEURS' where learner_id = ? and school_year_id = ?", learnerId, y2024.id());

        ImportPreview done = imports.confirm(changed, null);

        assertThat(done.count("written")).isEqualTo(1);
        assertThat(done.count("division_changes")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select division from enrolment where learner_id = ? and school_year_id = ?", String.class,
                learnerId, y2024.id())).isEqualTo(division);
        // the other preview was made before the change too: it is compared again as well, and finds nothing left to write
        assertThat(imports.confirm(unchanged, null).count("written")).isZero();
    }
}
