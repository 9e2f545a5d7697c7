package org.preau.privacy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.base.PersonalDataAccessed;
import org.preau.support.DemoUsers;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SettableClock;
import org.preau.support.SignedIn;
import org.preau.transfer.ConsentGiver;
import org.preau.transfer.LearnerTransfers;
import org.preau.transfer.ManualTransferRequest;
import org.preau.transfer.TransferWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The retention run on the real database: the demo lycée imports 2024 then 2025 (five pupils
 * leave), then the clock moves six years on, past the default five years.
 */
@PreauIntegrationTest
@WithUserDetails(DemoUsers.DIRECTEUR)
class RetentionTest {

    @Autowired TransferWorld world;
    @Autowired LearnerTransfers transfers;
    @Autowired Retention retention;
    @Autowired RetentionSettings settings;
    @Autowired AuditStore audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired SettableClock clock;
    @Autowired SignedIn signedIn;

    long lycee;
    long cfa;
    /** Left, then a manual transfer towards the CFA that cannot take it yet: pending. */
    long pending;

    @BeforeEach
    void sixYearsAfterFivePupilsLeftTheLycee() {
        world.reset();
        lycee = world.lyceeId();
        cfa = world.cfaId();
        jdbc.update("delete from retention_policy where establishment_id in (?, ?)", lycee, cfa);
        world.switchTransfers(DemoUsers.DIRECTEUR, true);
        world.lyceeImportsBothYears();
        List<String> leavers = world.leaversIne();
        assertThat(leavers).hasSizeGreaterThanOrEqualTo(3);
        pending = world.learnerId(lycee, leavers.get(0));
        world.addRecord(lycee, world.learnerId(lycee, leavers.get(1)), "FICHE", "Fiche de suivi", "2025-01-15");
        transfers.transfer(new ManualTransferRequest(pending, TransferWorld.CFA_UAI, LocalDate.now(), ConsentGiver.LEARNER, "Parent", null));
        assertThat(jdbc.queryForObject("select status from learner_transfer where learner_id = ?", String.class, pending))
                .isEqualTo("PENDING");
        clock.set(Instant.now().plus(Duration.ofDays(6 * 366)));
    }

    @AfterEach
    void back() {
        clock.reset();
        world.switchesBackToDefault();
        jdbc.update("delete from retention_policy where establishment_id in (?, ?)", lycee, cfa);
    }

    @Test
    void the_dry_run_lists_by_person_and_by_table_exactly_what_the_run_then_removes() {
        RetentionReport preview = retention.preview();
        assertThat(preview.scrubbed()).isNotEmpty();
        assertThat(preview.rowsByTable()).containsKeys("learner", "enrolment", "learner_record");
        String before = jdbc.queryForObject("select nom from learner where id = ?", String.class, preview.scrubbed().getFirst().learnerId());
        assertThat(preview.scrubbed().getFirst().name()).startsWith(before);
        assertThat(retention.preview()).as("a dry-run changes nothing: the second is the same").isEqualTo(preview);

        int logged = retentionRunsLogged();
        RetentionReport run = retention.run(lycee);

        assertThat(run).isEqualTo(preview);
        assertThat(retention.preview().scrubbed()).as("nobody is scrubbed twice").isEmpty();
        assertThat(retentionRunsLogged()).as("the run is in the exchange history").isEqualTo(logged + 1);
    }

    private int retentionRunsLogged() {
        return jdbc.queryForObject("select count(*) from exchange where establishment_id = ? and kind = 'RETENTION'", Integer.class, lycee);
    }

    @Test
    void the_scrub_keeps_the_counts_of_every_year_and_leaves_no_trace_of_the_names_in_any_text_column() {
        List<Map<String, Object>> countsBefore = counts();
        List<Map<String, Object>> scrubbed = new ArrayList<>();
        for (RetentionReport.Person p : retention.preview().scrubbed()) {
            scrubbed.add(jdbc.queryForMap("select id, nom, prenom, ine from learner where id = ?", p.learnerId()));
        }
        assertThat(scrubbed).isNotEmpty();
        assertThat(traces(scrubbed)).as("before the run, the names are in the database").isNotEmpty();

        retention.run(lycee);

        assertThat(counts()).isEqualTo(countsBefore);
        assertThat(traces(scrubbed)).isEmpty();
        for (Map<String, Object> l : scrubbed) {
            Map<String, Object> now = jdbc.queryForMap("select nom, ine, eleve_id, date_naissance, scrubbed_at from learner where id = ?", l.get("id"));
            assertThat(now.get("ine")).isNull();
            assertThat(now.get("date_naissance")).isNull();
            assertThat(now.get("scrubbed_at")).isNotNull();
        }
        assertThat(jdbc.queryForObject("select count(*) from learner_record where establishment_id = ? and content <> ''", Integer.class,
                lycee)).isZero();
    }

    @Test
    void a_learner_under_a_running_transfer_is_kept_until_it_ends() {
        String nom = jdbc.queryForObject("select nom from learner where id = ?", String.class, pending);

        RetentionReport run = retention.run(lycee);

        assertThat(run.kept()).extracting(RetentionReport.Kept::learnerId, RetentionReport.Kept::reason)
                .contains(org.assertj.core.groups.Tuple.tuple(pending, "RUNNING_TRANSFER"));
        assertThat(run.scrubbed()).extracting(RetentionReport.Person::learnerId).doesNotContain(pending);
        assertThat(jdbc.queryForObject("select nom from learner where id = ?", String.class, pending)).isEqualTo(nom);

        // once the consent is withdrawn the transfer is over; the signed form stays proof for the period, then goes
        jdbc.update("update learner_transfer set consent_withdrawn_at = ?, consent_withdrawn_by = 'directeur' where learner_id = ?",
                Timestamp.from(Instant.now()), pending);
        assertThat(retention.preview().scrubbed()).extracting(RetentionReport.Person::learnerId).contains(pending);
    }

    @Test
    void a_signed_consent_used_less_than_the_period_ago_keeps_its_learner_as_proof() {
        jdbc.update("update learner_transfer set status = 'DELIVERED', delivered_at = ? where learner_id = ?",
                Timestamp.from(clock.instant()), pending);

        assertThat(retention.preview().kept()).extracting(RetentionReport.Kept::learnerId, RetentionReport.Kept::reason)
                .contains(org.assertj.core.groups.Tuple.tuple(pending, "CONSENT_PROOF"));
    }

    @Test
    void the_other_establishment_holding_the_same_pupils_is_untouched() {
        world.switchTransfers(TransferWorld.CFA_DIRECTOR, true);
        world.cfaImportsTheSamePupils();
        jdbc.update("update enrolment set active = false, exit_date = '2025-06-30' where establishment_id = ?", cfa);
        List<Map<String, Object>> before = otherEstablishments();
        assertThat(before).isNotEmpty();

        RetentionReport run = retention.run(lycee);

        assertThat(run.scrubbed()).isNotEmpty();
        assertThat(otherEstablishments()).isEqualTo(before);
    }

    @Test
    void audit_rows_older_than_the_limit_go_through_the_one_retention_statement_and_any_other_delete_is_still_refused() {
        Instant old = clock.instant().minus(Duration.ofDays(4 * 366));
        audit.append(new PersonalDataAccessed(lycee, "vieux", PersonalDataAccessed.Subject.FILE, null,
                PersonalDataAccessed.Action.DOWNLOAD, "ancien.xml"), old);
        audit.append(new PersonalDataAccessed(cfa, "vieux", PersonalDataAccessed.Subject.FILE, null,
                PersonalDataAccessed.Action.DOWNLOAD, "ancien.xml"), old);
        audit.append(new PersonalDataAccessed(lycee, "recent", PersonalDataAccessed.Subject.FILE, null,
                PersonalDataAccessed.Action.DOWNLOAD, "recent.xml"), clock.instant());

        RetentionReport run = retention.run(lycee);

        assertThat(run.auditRowsDeleted()).isGreaterThanOrEqualTo(1);
        assertThat(actors(lycee)).contains("recent").doesNotContain("vieux");
        assertThat(actors(cfa)).contains("vieux");
        assertThatThrownBy(() -> jdbc.update("delete from access_audit where establishment_id = ?", cfa)).hasMessageContaining("append-only");
        assertThat(actors(cfa)).contains("vieux");
    }

    @Test
    void the_periods_are_the_directors_and_checked_on_the_server() {
        assertThat(settings.current()).isEqualTo(RetentionPolicy.DEFAULT);
        assertThatThrownBy(() -> settings.save(new RetentionPolicy(0, 13, 3)))
                .isInstanceOfSatisfying(RetentionRefusedException.class, e -> assertThat(e.field()).isEqualTo("leaverYears"))
                .hasMessageContaining("entre 1 et 30");
        assertThatThrownBy(() -> settings.save(new RetentionPolicy(5, 121, 3))).hasMessageContaining("mois entre 1 et 120");
        assertThatThrownBy(() -> signedIn.as(DemoUsers.SECRETAIRE, () -> settings.save(new RetentionPolicy(5, 13, 3))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(DemoUsers.SECRETAIRE, () -> retention.preview())).isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(DemoUsers.ENSEIGNANT, () -> settings.current())).isEqualTo(RetentionPolicy.DEFAULT);

        settings.save(new RetentionPolicy(10, 13, 3));
        RetentionReport preview = retention.preview();
        assertThat(preview.scrubbed()).as("six years ago is within ten").isEmpty();
        assertThat(preview.leftBefore()).isEqualTo(LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Paris")).minusYears(10));
    }

    private List<String> actors(long establishmentId) {
        return jdbc.queryForList("select actor from access_audit where establishment_id = ?", String.class, establishmentId);
    }

    /** Every year's enrolments by division, MEF and status, and the records per kind: what counts and indicators read. */
    private List<Map<String, Object>> counts() {
        List<Map<String, Object>> counts = new ArrayList<>(jdbc.queryForList("""
                select start_year, division, code_mef, active, count(*) n from enrolment where establishment_id = ?
                group by start_year, division, code_mef, active order by start_year, division, code_mef, active""", lycee));
        counts.addAll(jdbc.queryForList("select kind, count(*) n from learner_record where establishment_id = ? group by kind order by kind",
                lycee));
        counts.addAll(jdbc.queryForList("select count(*) n, count(sexe) s from learner where establishment_id = ?", lycee));
        return counts;
    }

    /** Rows of any table whose text column holds a scrubbed learner's last and first name together, or their INE. */
    private List<String> traces(List<Map<String, Object>> people) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name t, column_name c from information_schema.columns
                where table_schema = database() and data_type in ('varchar', 'char', 'text', 'mediumtext', 'longtext')""");
        assertThat(columns).hasSizeGreaterThan(100);
        for (Map<String, Object> col : columns) {
            String table = (String) col.get("t");
            String column = (String) col.get("c");
            for (Map<String, Object> p : people) {
                Integer byName = jdbc.queryForObject("select count(*) from `" + table + "` where `" + column + "` like ? and `" + column
                        + "` like ?", Integer.class, "%" + p.get("nom") + "%", "%" + p.get("prenom") + "%");
                if (byName != null && byName > 0) found.add(table + "." + column + " names " + p.get("nom") + " " + p.get("prenom"));
                if (p.get("ine") != null) {
                    Integer byIne = jdbc.queryForObject("select count(*) from `" + table + "` where `" + column + "` like ?", Integer.class,
                            "%" + p.get("ine") + "%");
                    if (byIne != null && byIne > 0) found.add(table + "." + column + " holds the INE of " + p.get("nom"));
                }
            }
        }
        return found;
    }

    private List<Map<String, Object>> otherEstablishments() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String table : List.of("learner", "enrolment", "learner_record", "exchange", "learner_transfer", "transfer_candidate")) {
            rows.addAll(jdbc.queryForList("select * from " + table + " where establishment_id <> ? order by id", lycee));
        }
        return rows;
    }
}
