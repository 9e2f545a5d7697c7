package org.preau.privacy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.base.PersonalDataAccessed;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangePayload;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeStatus;
import org.preau.exchange.ExchangeSummary;
import org.preau.inspection.InspectionProvisioning;
import org.preau.inspection.InspectorAccess;
import org.preau.inspection.Referent;
import org.preau.learner.LearnerService;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/** The journal of accesses on the real database: what leaves a row, what the row holds, and that nothing rewrites it. */
@PreauIntegrationTest
class AccessAuditTest {

    static final String SECONDE = "20010018110";

    @Autowired InspectorAccess access;
    @Autowired InspectionProvisioning provisioning;
    @Autowired LearnerService learners;
    @Autowired AccessJournal journal;
    @Autowired ExchangeLog exchanges;
    @Autowired LyceeLearners lycee;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;

    SchoolYearView year;
    long diploma;

    @BeforeEach
    void lyceeWithAGrantableDiploma() {
        long lyceeId = lycee.lyceeId();
        lycee.clearInspectorGrants(lyceeId);
        jdbc.update("delete from establishment_module where establishment_id = ?", lyceeId);
        lycee.clear();
        year = lycee.import2024();
        diploma = provisioning.ensureDiploma(lyceeId, SECONDE, "2nde générale et technologique",
                new Referent(INSPECTEUR, "Inès Robert", "ines.robert@inspection.example"));
        signedIn.forget();
        signedIn.as(DIRECTEUR, () -> lycee.workIn(year));
        signedIn.as(INSPECTEUR, () -> lycee.workIn(year));
    }

    @AfterEach
    void noGrantOutlivesTheTest() {
        signedIn.forget();
        lycee.clearInspectorGrants(lycee.lyceeId());
    }

    private long auditRows() {
        return jdbc.queryForObject("select count(*) from access_audit where establishment_id = ?", Long.class, lycee.lyceeId());
    }

    private long aSeconde() {
        return jdbc.queryForObject("select learner_id from enrolment where school_year_id = ? and code_mef = ? limit 1", Long.class,
                year.id(), SECONDE);
    }

    @Test
    void an_inspectors_read_through_a_grant_leaves_exactly_one_row_with_who_whom_and_which_diploma_and_no_data() {
        signedIn.as(DIRECTEUR, () -> access.setGranted(diploma, true));
        long learnerId = aSeconde();
        String nom = jdbc.queryForObject("select nom from learner where id = ?", String.class, learnerId);
        long before = auditRows();

        signedIn.as(INSPECTEUR, () -> learners.get(learnerId));

        assertThat(auditRows()).isEqualTo(before + 1);
        var row = jdbc.queryForMap("select * from access_audit where establishment_id = ? order by id desc limit 1", lycee.lyceeId());
        assertThat(row.get("actor")).isEqualTo(INSPECTEUR);
        assertThat(row.get("subject_kind")).isEqualTo("LEARNER");
        assertThat(((Number) row.get("subject_id")).longValue()).isEqualTo(learnerId);
        assertThat(row.get("action")).isEqualTo("INSPECTOR_READ");
        assertThat(row.get("through")).isEqualTo(SECONDE);
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(nom));

        List<AuditEntry> seen = signedIn.as(DIRECTEUR, () -> journal.list(INSPECTEUR, nom));
        assertThat(seen).first().satisfies(e -> {
            assertThat(e.subjectId()).isEqualTo(learnerId);
            assertThat(e.personName()).startsWith(nom);
            assertThat(e.action()).isEqualTo(PersonalDataAccessed.Action.INSPECTOR_READ);
        });
        // the secretary's own downloads of other tests may be in the journal; none of their rows is about this learner
        assertThat(signedIn.as(DIRECTEUR, () -> journal.list(SECRETAIRE, null)))
                .noneMatch(e -> e.subjectId() != null && e.subjectId() == learnerId);
    }

    @Test
    void the_establishments_own_staff_reading_a_learner_leaves_no_row() {
        long learnerId = aSeconde();
        long before = auditRows();
        signedIn.as(SECRETAIRE, () -> lycee.workIn(year));
        signedIn.as(SECRETAIRE, () -> learners.get(learnerId));
        signedIn.as(DIRECTEUR, () -> learners.get(learnerId));
        assertThat(auditRows()).isEqualTo(before);
    }

    @Test
    void downloading_an_imported_file_is_audited_as_a_download_of_personal_data() {
        long exchangeId = signedIn.as(DIRECTEUR, () -> exchanges.record(new ExchangeRecord(ExchangeKind.SIECLE_BEE, ExchangeDirection.IN,
                year.id(), ExchangeStatus.SUCCESS, "test", Map.of(), List.of(),
                new ExchangePayload("ExportXML_ElevesSansAdresses.xml", "application/xml", "<BEE_ELEVES/>".getBytes()), Instant.now())));
        ExchangeSummary withFile = signedIn.as(DIRECTEUR, () -> exchanges.get(exchangeId));
        long before = auditRows();
        signedIn.as(DIRECTEUR, () -> exchanges.payload(withFile.id())).orElseThrow();
        assertThat(auditRows()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select concat(actor, '|', action, '|', through) from access_audit where establishment_id = ? "
                + "order by id desc limit 1", String.class, lycee.lyceeId()))
                .isEqualTo(DIRECTEUR + "|DOWNLOAD|" + withFile.payloadName());
    }

    @Test
    void only_the_director_reads_the_journal() {
        assertThatThrownBy(() -> signedIn.as(SECRETAIRE, () -> journal.list(null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(INSPECTEUR, () -> journal.list(null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_database_refuses_to_update_or_delete_an_audit_row() {
        signedIn.as(DIRECTEUR, () -> access.setGranted(diploma, true));
        long learnerId = aSeconde();
        signedIn.as(INSPECTEUR, () -> learners.get(learnerId));
        long before = auditRows();
        assertThatThrownBy(() -> jdbc.update("update access_audit set actor = 'x' where establishment_id = ?", lycee.lyceeId()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from access_audit where establishment_id = ?", lycee.lyceeId()))
                .hasMessageContaining("append-only");
        assertThat(auditRows()).isEqualTo(before);
    }

    /**
     * No update, truncate or drop of the journal anywhere in the application; one delete only: the
     * retention statement ({@code AuditStore.deleteOlderThan}, rows of one establishment older than
     * its limit), and one migration that replaces the delete trigger to let that statement alone
     * through. A second delete, or any other change to the journal, makes this test fail.
     */
    @Test
    void the_application_has_no_statement_that_updates_audit_rows_and_one_retention_statement_that_deletes_old_ones() throws IOException {
        Pattern rewrite = Pattern.compile("(update\\s+access_audit|delete\\s+from\\s+access_audit|truncate\\s+(table\\s+)?access_audit"
                + "|drop\\s+(table|trigger)\\s+access_audit)");
        Map<String, List<String>> offenders = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .forEach(p -> {
                        try {
                            Matcher m = rewrite.matcher(Files.readString(p).toLowerCase(Locale.ROOT));
                            while (m.find()) offenders.computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>()).add(m.group());
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    });
        }
        assertThat(offenders).containsOnlyKeys("AuditStore.java", "V130__retention.sql");
        assertThat(offenders.get("AuditStore.java")).containsExactly("delete from access_audit");
        assertThat(offenders.get("V130__retention.sql")).containsExactly("drop trigger access_audit");
        String store = Files.readString(Path.of("src/main/java/org/preau/privacy/AuditStore.java")).toLowerCase(Locale.ROOT);
        assertThat(store).contains("insert into access_audit")
                .contains("delete from access_audit where establishment_id = ? and occurred_at < ?");
        String migration = Files.readString(Path.of("src/main/resources/db/migration/V130__retention.sql")).toLowerCase(Locale.ROOT);
        assertThat(migration).contains("drop trigger access_audit_no_delete;")
                .contains("create trigger access_audit_no_delete before delete on access_audit")
                .contains("signal sqlstate '45000' set message_text = 'access_audit is append-only'");
    }

    @Test
    void a_delete_naming_the_retention_variables_by_hand_still_spares_recent_rows_and_other_establishments() {
        signedIn.as(DIRECTEUR, () -> access.setGranted(diploma, true));
        long learnerId = aSeconde();
        signedIn.as(INSPECTEUR, () -> learners.get(learnerId));
        long before = auditRows();
        assertThatThrownBy(() -> jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Integer>) c -> {
            try (var s = c.createStatement()) {
                s.execute("set @preau_audit_retention_establishment = " + lycee.lyceeId()
                        + ", @preau_audit_retention_before = '2000-01-01'");
                return s.executeUpdate("delete from access_audit where establishment_id = " + lycee.lyceeId());
            } finally {
                try (var s = c.createStatement()) {
                    s.execute("set @preau_audit_retention_establishment = null, @preau_audit_retention_before = null");
                }
            }
        })).hasMessageContaining("append-only");
        assertThat(auditRows()).isEqualTo(before);
    }
}
