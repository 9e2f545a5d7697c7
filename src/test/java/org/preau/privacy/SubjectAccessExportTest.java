package org.preau.privacy;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.learner.LearnerIdentity;
import org.preau.learner.LearnerRecordCopies;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffDirectory;
import org.preau.support.DemoUsers;
import org.preau.support.PreauIntegrationTest;
import org.preau.transfer.ConsentGiver;
import org.preau.transfer.LearnerTransfers;
import org.preau.transfer.ManualTransferRequest;
import org.preau.transfer.TransferWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The subject-access export on the real database. The tables that hold the person are found from
 * the schema here too, independently of the export: a table added later is checked without
 * anyone adding it to this test.
 */
@PreauIntegrationTest
@WithUserDetails(DemoUsers.DIRECTEUR)
class SubjectAccessExportTest {

    @Autowired TransferWorld world;
    @Autowired LearnerTransfers transfers;
    @Autowired SubjectAccessExport export;
    @Autowired LearnerRecordCopies learners;
    @Autowired JdbcTemplate jdbc;
    @Autowired StaffDirectory staffDirectory;
    @Autowired org.preau.exchange.ExchangeOutcomes outcomes;

    long lycee;
    long leaver;
    LearnerIdentity who;

    @BeforeEach
    void aLeaverWithARecordTransferredToTheCfa() {
        world.reset();
        lycee = world.lyceeId();
        long cfa = world.cfaId();
        world.switchTransfers(DemoUsers.DIRECTEUR, true);
        world.switchTransfers(TransferWorld.CFA_DIRECTOR, true);
        world.lyceeImportsBothYears();
        String ine = world.leaversIne().getFirst();
        leaver = world.learnerId(lycee, ine);
        world.addRecord(lycee, leaver, "FICHE", "Fiche de suivi", "2025-01-15");
        transfers.transfer(new ManualTransferRequest(leaver, TransferWorld.CFA_UAI, LocalDate.now(), ConsentGiver.LEARNER,
                "Parent", null));
        who = learners.identity(lycee, leaver).orElseThrow();
        assertThat(cfa).isNotEqualTo(lycee);
    }

    @AfterEach
    void switchesBackToDefault() {
        world.switchesBackToDefault();
    }

    /** Every (table, id) the schema says concerns the learner: a key or learner_id column pointing at them, or a text naming them. */
    private Map<String, List<Object>> rowsNamingTheLearner() {
        Map<String, List<Object>> expected = new LinkedHashMap<>();
        expected.put("learner", new ArrayList<>(List.of(leaver)));
        List<Map<String, Object>> references = jdbc.queryForList("""
                select table_name t, column_name c from information_schema.key_column_usage
                where table_schema = database() and referenced_table_name = 'learner' and referenced_column_name = 'id'
                union
                select table_name t, column_name c from information_schema.columns
                where table_schema = database() and column_name = 'learner_id'""");
        assertThat(references).as("the schema has tables referencing learners").hasSizeGreaterThan(3);
        for (Map<String, Object> ref : references) {
            String table = ((String) ref.get("t")).toLowerCase();
            String column = ((String) ref.get("c")).toLowerCase();
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table + " where " + column + " = ?", leaver)) {
                expected.computeIfAbsent(table, k -> new ArrayList<>()).add(key(row));
            }
        }
        List<Map<String, Object>> texts = jdbc.queryForList("""
                select c.table_name t, c.column_name c from information_schema.columns c
                where c.table_schema = database() and c.data_type in ('varchar', 'char', 'text', 'mediumtext', 'longtext')
                  and exists (select 1 from information_schema.columns e where e.table_schema = c.table_schema
                              and e.table_name = c.table_name and e.column_name = 'establishment_id')""");
        for (Map<String, Object> text : texts) {
            String table = ((String) text.get("t")).toLowerCase();
            String column = ((String) text.get("c")).toLowerCase();
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table + " where establishment_id = ? and " + column
                    + " like ? and " + column + " like ?", lycee, "%" + who.nom() + "%", "%" + who.prenom() + "%")) {
                List<Object> ids = expected.computeIfAbsent(table, k -> new ArrayList<>());
                if (!ids.contains(key(row))) ids.add(key(row));
            }
        }
        return expected;
    }

    private static Object key(Map<String, Object> row) {
        Map<String, Object> lower = new HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(), v));
        if (lower.containsKey("id")) return lower.get("id");
        lower.values().removeIf(v -> v instanceof byte[]);
        return lower;
    }

    @Test
    void the_export_holds_the_exchange_history_lines_naming_the_learner_though_their_table_has_no_establishment_column() {
        long exchange = outcomes.record(lycee, "Préau (test)", new org.preau.exchange.ExchangeRecord(org.preau.exchange.ExchangeKind.SIECLE_BEE,
                org.preau.exchange.ExchangeDirection.IN, null, org.preau.exchange.ExchangeStatus.SUCCESS, "Import", null,
                List.of(org.preau.exchange.ExchangeMessage.warning(who.nom() + " " + who.prenom() + " a quitté l'établissement", "ligne 3")),
                null, null));
        List<Object> expected = jdbc.queryForList("""
                select m.id from exchange_message m join exchange e on e.id = m.exchange_id
                where e.establishment_id = ? and m.text like ? and m.text like ?""", Object.class, lycee, "%" + who.nom() + "%",
                "%" + who.prenom() + "%");
        assertThat(expected).isNotEmpty();

        Map<String, List<Map<String, Object>>> exported = export.learnerData(lycee, who);

        assertThat(exported).containsKey("exchange_message");
        assertThat(exported.get("exchange_message").stream().map(SubjectAccessExportTest::key).toList()).containsAll(expected);
        assertThat(exported.get("exchange_message")).allSatisfy(r -> assertThat(r.get("exchange_id")).isNotNull());
        jdbc.update("delete from exchange where id = ?", exchange);
    }

    @Test
    void the_export_holds_every_row_that_names_the_person_in_every_table_the_schema_links_to_them() {
        String diploma = jdbc.queryForObject("select code_mef from enrolment where learner_id = ? and code_mef is not null limit 1",
                String.class, leaver);
        boolean newDiploma = grantedThenRevokedThenGrantedAgain(diploma);
        try {
            Map<String, List<Object>> expected = rowsNamingTheLearner();
            assertThat(expected).containsKeys("learner", "enrolment", "learner_record", "learner_transfer");

            Map<String, List<Map<String, Object>>> exported = export.learnerData(lycee, who);

            expected.forEach((table, keys) -> {
                assertThat(exported).as("table " + table).containsKey(table);
                List<Object> exportedKeys = exported.get(table).stream().map(SubjectAccessExportTest::key).toList();
                assertThat(exportedKeys).as("rows of " + table).containsAll(keys);
            });
            // nothing of another learner
            assertThat(exported.get("learner")).singleElement().satisfies(r -> assertThat(key(r)).isEqualTo(leaver));
            // every grant of a diploma covering them (their MEF or the diploma it is attached to), as periods with the inspectors
            List<String> grants = jdbc.query("""
                    select c.diploma_code, c.changed_at, c.changed_by from inspection_grant_change c
                    where c.establishment_id = ? and c.granted and c.diploma_code in (
                        select e.code_mef from enrolment e where e.learner_id = ?
                        union select m.mef_rattachement from enrolment e join mef m on m.establishment_id = e.establishment_id
                              and m.code_mef = e.code_mef where e.learner_id = ?)""",
                    (rs, i) -> rs.getString(1) + " " + rs.getTimestamp(2).toInstant() + " " + rs.getString(3), lycee, leaver, leaver);
            assertThat(grants).hasSizeGreaterThanOrEqualTo(2);
            assertThat(exported.get("inspection_grant")).extracting(r -> r.get("diploma_code") + " " + r.get("granted_from") + " "
                    + r.get("granted_by")).containsAll(grants);
            assertThat(exported.get("inspection_grant")).anySatisfy(r -> {
                assertThat(r).containsEntry("diploma_code", diploma).containsEntry("granted_from", Instant.parse("2024-10-01T08:00:00Z"))
                        .containsEntry("granted_until", Instant.parse("2025-02-01T08:00:00Z")).containsEntry("revoked_by", "test-export");
                assertThat((String) r.get("inspectors")).contains("Inès Pecteur (inspecteur.export)");
            });
        } finally {
            jdbc.update("delete from inspection_grant_change where establishment_id = ? and changed_by = 'test-export'", lycee);
            jdbc.update("delete from inspection_referent where establishment_id = ? and username = 'inspecteur.export'", lycee);
            if (newDiploma) jdbc.update("delete from inspection_diploma where establishment_id = ? and diploma_code = ?", lycee, diploma);
        }
    }

    /** The learner's diploma granted in October 2024, revoked in February 2025, granted again in September 2025; whether the diploma was new. */
    private boolean grantedThenRevokedThenGrantedAgain(String diploma) {
        boolean created = jdbc.update("""
                insert ignore into inspection_diploma (establishment_id, diploma_code, label, granted, changed_at, changed_by)
                values (?, ?, 'Diplôme de l''élève', true, '2025-09-01 08:00:00', 'test-export')""", lycee, diploma) > 0;
        long id = jdbc.queryForObject("select id from inspection_diploma where establishment_id = ? and diploma_code = ?", Long.class, lycee,
                diploma);
        jdbc.update("insert into inspection_referent (diploma_id, establishment_id, username, display_name, email) "
                + "values (?, ?, 'inspecteur.export', 'Inès Pecteur', 'ines.pecteur@ac.example')", id, lycee);
        String change = "insert into inspection_grant_change (establishment_id, diploma_code, granted, changed_at, changed_by) "
                + "values (?, ?, ?, ?, 'test-export')";
        jdbc.update(change, lycee, diploma, true, Timestamp.from(Instant.parse("2024-10-01T08:00:00Z")));
        jdbc.update(change, lycee, diploma, false, Timestamp.from(Instant.parse("2025-02-01T08:00:00Z")));
        jdbc.update(change, lycee, diploma, true, Timestamp.from(Instant.parse("2025-09-01T08:00:00Z")));
        return created;
    }

    @Test
    void the_archive_holds_a_json_and_a_readable_pdf_of_the_same_and_is_audited() throws IOException {
        long before = jdbc.queryForObject("select count(*) from access_audit where establishment_id = ? and subject_id = ?", Long.class,
                lycee, leaver);

        SubjectAccessExport.Archive archive = export.learner(leaver);

        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.zip()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) entries.put(e.getName(), zip.readAllBytes());
        }
        assertThat(archive.fileName()).endsWith(".zip");
        String json = entries.entrySet().stream().filter(e -> e.getKey().endsWith(".json")).map(e -> new String(e.getValue(),
                StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertThat(json).contains("\"learner_record\"", "\"enrolment\"", "\"learner_transfer\"", "Fiche de suivi", who.nom());
        byte[] pdf = entries.entrySet().stream().filter(e -> e.getKey().endsWith(".pdf")).map(Map.Entry::getValue).findFirst().orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Données détenues par Préau sur " + who.fullName(), "Table learner_record", "Fiche de suivi");
        }
        assertThat(jdbc.queryForObject("select count(*) from access_audit where establishment_id = ? and subject_id = ?", Long.class,
                lycee, leaver)).isEqualTo(before + 1);
    }

    @Test
    void a_learner_of_another_establishment_or_a_teacher_asking_is_refused() {
        long atCfa = jdbc.queryForObject("select id from learner where establishment_id = ? limit 1", Long.class, world.cfaId());
        assertThatThrownBy(() -> export.learner(atCfa)).isInstanceOf(AccessDeniedException.class);
        world.as(DemoUsers.ENSEIGNANT, () -> assertThatThrownBy(() -> export.learner(leaver)).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void a_staff_members_export_holds_their_record_and_every_row_the_schema_links_to_it_and_is_audited() {
        StaffDetails typed = new StaffDetails();
        typed.setNomUsage("EXPORTÉE");
        typed.setPrenom("Anne");
        long staffId = staffDirectory.create(typed).getId();
        try {
            Map<String, List<Map<String, Object>>> exported = export.staffData(lycee, staffId, "EXPORTÉE", "Anne");
            assertThat(exported.get("staff_member")).singleElement().satisfies(r -> assertThat(key(r)).isEqualTo(staffId));
            for (Map<String, Object> ref : jdbc.queryForList("""
                    select table_name t, column_name c from information_schema.key_column_usage
                    where table_schema = database() and referenced_table_name = 'staff_member' and referenced_column_name = 'id'""")) {
                String table = ((String) ref.get("t")).toLowerCase();
                int rows = jdbc.queryForObject("select count(*) from " + table + " where " + ref.get("c") + " = ?", Integer.class, staffId);
                if (rows > 0) assertThat(exported.get(table)).as("rows of " + table).hasSize(rows);
            }
            long before = jdbc.queryForObject("select count(*) from access_audit where subject_kind = 'STAFF' and subject_id = ?", Long.class,
                    staffId);
            assertThat(export.staff(staffId).fileName()).isEqualTo("donnees-exportee-anne.zip");
            assertThat(jdbc.queryForObject("select count(*) from access_audit where subject_kind = 'STAFF' and subject_id = ?", Long.class,
                    staffId)).isEqualTo(before + 1);
        } finally {
            for (String table : jdbc.queryForList("select table_name from information_schema.columns where table_schema = database() "
                    + "and column_name = 'staff_member_id'", String.class)) {
                jdbc.update("delete from " + table + " where staff_member_id = ?", staffId);
            }
            jdbc.update("delete from staff_member where id = ?", staffId);
        }
    }
}
