package org.preau.siecle;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeFilter;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangeStatus;
import org.preau.exchange.ExchangeSummary;
import org.preau.staff.StaffImportPreview;
import org.preau.staff.StaffImportResult;
import org.preau.staff.StaffLine;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.Samples;
import org.preau.support.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/** The STS-WEB import on the demo lycée, checked against the samples' expected counts. */
@PreauIntegrationTest
class StsWebImportTest {

    static final String STS_2024 = "lycee-verdier/2024/sts_emp_0179912G_2024.xml";
    static final String STS_2025 = "lycee-verdier/2025/sts_emp_0179912G_2025.xml";

    @Autowired
    StsWebImport sts;
    @Autowired
    ExchangeLog exchanges;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EtablissementProvisioning provisioning;
    @Autowired
    StaffFixtures fixtures;
    SchoolYearView y2024;
    SchoolYearView y2025;
    long lycee;

    @BeforeEach
    void emptyLyceeStaff() {
        lycee = fixtures.lyceeId();
        fixtures.clearStaff(lycee);
        y2024 = fixtures.lyceeYear(2024);
        y2025 = fixtures.lyceeYear(2025);
    }

    private static JsonNode expected(String name) {
        return JsonMapper.builder().build().readTree(Samples.bytes("lycee-verdier/expected/" + name));
    }

    private StaffImportPreview preview(String sample, SchoolYearView year) {
        return sts.preview(sample.replaceAll(".*/", ""), Samples.bytes(sample), year.id(), p -> {
        });
    }

    private StaffImportResult importFile(String sample, SchoolYearView year) {
        return sts.confirm(preview(sample, year), p -> {
        });
    }

    private Map<String, Integer> storedFunctions(SchoolYearView year) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query("select code, count(*) from staff_function where establishment_id = ? and school_year_id = ? group by code order by code",
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, lycee, year.id());
        return counts;
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_2024_export_previews_the_expected_staff_and_writes_nothing_before_confirmation() {
        JsonNode staff = expected("import_2024.json").get("staff");

        StaffImportPreview preview = preview(STS_2024, y2024);

        assertThat(preview.fileCounts()).containsEntry("individus", staff.get("individus").asInt())
                .containsEntry("divisions", staff.get("sts_divisions").asInt())
                .containsEntry("groupes", staff.get("sts_groups").asInt());
        staff.get("per_fonction").properties().forEach(e ->
                assertThat(preview.fileCounts()).containsEntry("fonction " + e.getKey(), e.getValue().asInt()));
        assertThat(preview.arrivals()).hasSize(16);
        assertThat(preview.leavers()).isEmpty();
        assertThat(preview.warnings()).first().satisfies(m -> assertThat(m.text()).contains("DELAUNAY").contains(staff.get("directors").get(0).asString()));
        assertThat(fixtures.count("select count(*) from staff_member where establishment_id = ?", lycee)).isZero();
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void confirming_writes_people_functions_divisions_and_groups_and_records_the_exchange_with_its_file() {
        StaffImportResult result = importFile(STS_2024, y2024);

        assertThat(fixtures.count("select count(*) from staff_member where establishment_id = ?", lycee)).isEqualTo(16);
        assertThat(storedFunctions(y2024)).containsExactly(Map.entry("DIR", 1), Map.entry("DOC", 1), Map.entry("EDU", 1), Map.entry("ENS", 13));
        assertThat(fixtures.count("select count(*) from staff_structure where establishment_id = ? and school_year_id = ? and structure_type = 'D'", lycee, y2024.id())).isEqualTo(3);
        assertThat(fixtures.count("select count(*) from staff_structure where establishment_id = ? and school_year_id = ? and structure_type = 'G'", lycee, y2024.id())).isEqualTo(7);
        // accents decoded from ISO-8859-15; the local person without sex nor birth date is kept
        assertThat(jdbc.queryForObject("select nom_usage from staff_member where establishment_id = ? and external_id = '41075'", String.class, lycee)).isEqualTo("NUÑEZ");
        assertThat(jdbc.queryForObject("select count(*) from staff_member where establishment_id = ? and external_type = 'local' and date_naissance is null and sexe is null",
                Integer.class, lycee)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from staff_discipline d join staff_member m on m.id = d.staff_member_id where m.external_id = '41113' and m.establishment_id = ?",
                Integer.class, lycee)).isEqualTo(2);

        ExchangeSummary row = exchanges.get(result.exchangeId());
        assertThat(row.kind()).isEqualTo(ExchangeKind.STS_WEB);
        assertThat(row.status()).isEqualTo(ExchangeStatus.SUCCESS);
        assertThat(row.schoolYearId()).isEqualTo(y2024.id());
        assertThat(row.counts()).containsEntry("arrivées", 16).containsEntry("individus", 16);
        assertThat(exchanges.payload(result.exchangeId()).orElseThrow().content()).isEqualTo(Samples.bytes(STS_2024));
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_zip_that_sts_web_hands_out_is_imported_and_kept_as_received() throws java.io.IOException {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("sts_emp_0179912G_2024.xml"));
            out.write(Samples.bytes(STS_2024));
            out.closeEntry();
        }

        StaffImportPreview preview = sts.preview("sts_emp_0179912G_2024.zip", zip.toByteArray(), y2024.id(), p -> {
        });
        StaffImportResult result = sts.confirm(preview, p -> {
        });

        assertThat(preview.arrivals()).hasSize(16);
        var payload = exchanges.payload(result.exchangeId()).orElseThrow();
        assertThat(payload.name()).isEqualTo("sts_emp_0179912G_2024.zip");
        assertThat(payload.contentType()).isEqualTo("application/zip");
        assertThat(payload.content()).isEqualTo(zip.toByteArray());
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void importing_the_same_file_again_changes_nothing() {
        importFile(STS_2024, y2024);
        List<Map<String, Object>> before = jdbc.queryForList("select * from staff_member where establishment_id = ? order by id", lycee);
        List<Map<String, Object>> functionsBefore = jdbc.queryForList("select * from staff_function where establishment_id = ? order by id", lycee);

        StaffImportPreview again = preview(STS_2024, y2024);
        assertThat(again.changesNothing()).isTrue();
        assertThat(again.unchanged()).isEqualTo(16);
        sts.confirm(again, p -> {
        });

        assertThat(jdbc.queryForList("select * from staff_member where establishment_id = ? order by id", lycee)).isEqualTo(before);
        assertThat(jdbc.queryForList("select * from staff_function where establishment_id = ? order by id", lycee)).isEqualTo(functionsBefore);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_next_years_export_has_one_leaver_who_keeps_his_record_and_one_arrival() {
        JsonNode staff = expected("switch_2024_2025.json").get("staff");
        importFile(STS_2024, y2024);

        StaffImportPreview preview = preview(STS_2025, y2025);

        assertThat(preview.before()).isEqualTo(staff.get("before").asInt());
        assertThat(preview.after()).isEqualTo(staff.get("after").asInt());
        assertThat(preview.leavers()).extracting(StaffLine::externalId).containsExactly("41044");
        assertThat(preview.arrivals()).extracting(StaffLine::externalId).containsExactly("41157");
        assertThat(preview.leavers()).hasSize(staff.get("leavers").asInt());
        assertThat(preview.arrivals()).hasSize(staff.get("arrivals").asInt());
        sts.confirm(preview, p -> {
        });

        assertThat(storedFunctions(y2025).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(16);
        assertThat(jdbc.queryForObject("select count(*) from staff_function f join staff_member m on m.id = f.staff_member_id where m.external_id = '41044' and f.school_year_id = ?",
                Integer.class, y2025.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from staff_function f join staff_member m on m.id = f.staff_member_id where m.external_id = '41044' and f.school_year_id = ?",
                Integer.class, y2024.id())).isEqualTo(1);
        assertThat(fixtures.count("select count(*) from staff_member where establishment_id = ?", lycee)).isEqualTo(17);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_timetable_export_is_refused_as_the_wrong_file_and_the_refusal_is_recorded() {
        assertThatThrownBy(() -> sts.preview("wrong_root_edt_sts.xml", Samples.bytes("bad/wrong_root_edt_sts.xml"), y2024.id(), p -> {
        })).isInstanceOfSatisfying(ImportRefusedException.class, e -> {
            assertThat(e.getMessage()).contains("emploi du temps").contains("EDT_STS").contains("STS-WEB");
            assertThat(e.location()).isEqualTo("ligne 2, élément EDT_STS");
        });

        ExchangeSummary row = exchanges.search(new ExchangeFilter(ExchangeKind.STS_WEB, ExchangeStatus.FAILURE, y2024.id()), 0, 1).getFirst();
        assertThat(row.payloadName()).isEqualTo("wrong_root_edt_sts.xml");
        assertThat(exchanges.messages(row.id())).singleElement().satisfies(m -> {
            assertThat(m.severity()).isEqualTo(ExchangeMessage.Severity.ERROR);
            assertThat(m.location()).isEqualTo("ligne 2, élément EDT_STS");
        });
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void an_external_entity_is_refused_and_nothing_is_read_nor_written() {
        assertThatThrownBy(() -> sts.preview("sts.xml", Samples.bytes("bad/sts_xxe_external_entity.xml"), y2024.id(), p -> {
        })).isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.location()).isEqualTo("ligne 2"));
        assertThat(fixtures.count("select count(*) from staff_member where establishment_id = ?", lycee)).isZero();
    }

    private byte[] sample2024With(String from, String to) {
        return new String(Samples.bytes(STS_2024), StandardCharsets.ISO_8859_1).replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void another_establishments_file_and_a_wrong_check_letter_are_refused() {
        assertThatThrownBy(() -> sts.preview("f.xml", sample2024With("0179912G", "0179913H"), y2024.id(), p -> {
        })).isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.getMessage()).contains("0179913H").contains("0179912G"));
        assertThatThrownBy(() -> sts.preview("f.xml", sample2024With("0179912G", "0179912H"), y2024.id(), p -> {
        })).isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.getMessage()).contains("lettre clé"));
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_file_of_another_year_is_refused() {
        assertThatThrownBy(() -> preview(STS_2024, y2025)).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.getMessage()).contains("2024-2025").contains("2025-2026"));
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void an_impossible_birth_date_is_refused_with_the_person_and_the_element() {
        assertThatThrownBy(() -> sts.preview("f.xml", sample2024With("1971-04-12", "1971-02-30"), y2024.id(), p -> {
        })).isInstanceOfSatisfying(ImportRefusedException.class, e -> {
            assertThat(e.getMessage()).contains("1971-02-30");
            assertThat(e.location()).matches("ligne \\d+, INDIVIDU ID=41001, DATE_NAISSANCE");
        });
        assertThat(fixtures.count("select count(*) from staff_member where establishment_id = ?", lycee)).isZero();
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_teacher_absent_from_the_people_is_refused() {
        byte[] orphan = sample2024With("<ENSEIGNANT ID=\"41052\"", "<ENSEIGNANT ID=\"99999\"");
        assertThatThrownBy(() -> sts.preview("f.xml", orphan, y2024.id(), p -> {
        })).isInstanceOfSatisfying(ImportRefusedException.class, e -> {
            assertThat(e.getMessage()).contains("99999").contains("TG1");
            assertThat(e.location()).matches("ligne \\d+, élément ENSEIGNANT");
        });
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_closed_year_takes_no_import_but_stays_readable() {
        SchoolYearView closed = provisioning.ensureSchoolYear(lycee, 2019, org.preau.establishment.SchoolYearState.CLOTUREE);

        assertThatThrownBy(() -> preview(STS_2024, closed)).isInstanceOfSatisfying(org.preau.staff.StaffFileRefusedException.class,
                e -> assertThat(e.getMessage()).contains("2019-2020").contains("clôturée").contains("consultable"));
        assertThat(fixtures.count("select count(*) from staff_member where establishment_id = ?", lycee)).isZero();
    }

    @Test
    @WithUserDetails(ENSEIGNANT)
    void a_teacher_cannot_import() {
        assertThatThrownBy(() -> preview(STS_2024, y2024)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_year_of_another_establishment_is_refused() {
        long ecole = provisioning.findByCode(ECOLE_FASE).orElseThrow().id();
        SchoolYearView other = provisioning.ensureSchoolYear(ecole, 2019, org.preau.establishment.SchoolYearState.CLOTUREE);
        assertThatThrownBy(() -> preview(STS_2024, other)).isInstanceOf(AccessDeniedException.class);
    }
}
