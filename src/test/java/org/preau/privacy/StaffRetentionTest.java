package org.preau.privacy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.groups.Tuple;
import org.preau.miroir.MiroirIndicators;
import org.preau.miroir.MiroirReport;
import org.preau.security.LocalAccounts;
import org.preau.security.Role;
import org.preau.segec.SegecFixtures;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention run on the demo école's staff, six years on: Jeanne Essai-Depart left in 2025
 * (SeGEC account deactivated then, a Préau account, capital-périodes, a mail) and is scrubbed;
 * Marc Essai-Preuve left too but his account was deactivated just now, so his SeGEC consent is
 * still proof; Isabelle Claes (the demo's leaver) still has an active extranet account.
 */
@PreauIntegrationTest
@WithUserDetails("directeur.be")
class StaffRetentionTest {

    private static final String ACCOUNT = "essai.depart";

    @Autowired Retention retention;
    @Autowired MiroirIndicators indicators;
    @Autowired LocalAccounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired SettableClock clock;

    long ecole;
    long year;
    long depart;
    long preuve;
    long claes;
    String claesName;
    final List<Long> lines = new ArrayList<>();

    @BeforeEach
    void twoTeachersLeftIn2025() {
        SegecFixtures.reset(jdbc);
        ecole = SegecFixtures.ecole(jdbc);
        jdbc.update("delete from retention_policy where establishment_id = ?", ecole);
        year = jdbc.queryForObject("select id from school_year where establishment_id = ? and state = 'EN_COURS' order by start_year desc limit 1",
                Long.class, ecole);
        accounts.createIfAbsent(ACCOUNT, "Jeanne Essai-Depart", "jeanne.essai-depart@ecole.example", "x", Set.of(Role.TEACHER), Set.of(ecole));
        depart = leaver("Essai-Depart", "Jeanne", "jeanne.essai-depart@mail.example", ACCOUNT);
        preuve = leaver("Essai-Preuve", "Marc", "marc.essai-preuve@mail.example", null);
        // the demo's leaver, or one of its own when another test of the shared database emptied the école's staff
        claes = jdbc.queryForList("select id from staff_member where establishment_id = ? and nom_usage = 'Claes'", Long.class, ecole).stream()
                .findFirst().orElseGet(() -> leaver("Essai-Claes", "Isabelle", "isabelle.essai-claes@mail.example", null));
        claesName = jdbc.queryForObject("select nom_usage from staff_member where id = ?", String.class, claes);
        account(depart, "DEACTIVATED", Instant.parse("2025-07-01T10:00:00Z"), "Compte de Jeanne Essai-Depart désactivé");
        account(preuve, "DEACTIVATED", Instant.parse("2025-07-01T10:00:00Z"), null);
        account(claes, "ACTIVE", Instant.parse("2025-07-01T10:00:00Z"), null);
        jdbc.update("insert into segec_consent (staff_member_id, school_year_id, establishment_id, recorded_at, recorded_by, source) "
                + "values (?, ?, ?, '2024-09-10', 'secretaire.be', 'SCAN')", depart, year, ecole);
        jdbc.update("insert into segec_form_printed (staff_member_id, school_year_id, establishment_id, printed_at, printed_by) "
                + "values (?, ?, ?, '2024-09-01', 'secretaire.be')", depart, year, ecole);
        jdbc.update("insert into staff_discipline (staff_member_id, code, label, hours, establishment_id) values (?, 'MATH', 'Mathématiques', 12, ?)",
                depart, ecole);
        for (String name : List.of("Essai-Depart Jeanne", "ESSAI-DEPART J. (Jeanne)")) {
            jdbc.update("insert into miroir_capital_line (establishment_id, school_year_id, line_no, implantation, level, nature, periods, staff_id, teacher_name) "
                    + "values (?, ?, 900 + ?, 'Centre', 'P3', 'NPT', 6, ?, ?)", ecole, year, lines.size(), name.startsWith("ESSAI") ? null : depart, name);
            lines.add(jdbc.queryForObject("select last_insert_id()", Long.class));
        }
        jdbc.update("insert into mail_message (establishment_id, recipient, subject, body, status, created_at, created_by) "
                + "values (?, 'jeanne.essai-depart@mail.example', 'Votre compte', 'Bonjour Jeanne Essai-Depart,', 'SENT', now(6), 'Préau')", ecole);
        clock.set(Instant.now().plus(Duration.ofDays(6 * 366)));
        // his account was deactivated less than five years before the (moved) today: the consent is still proof
        jdbc.update("update segec_account set updated_at = ? where staff_member_id = ?", Timestamp.from(clock.instant().minus(Duration.ofDays(30))),
                preuve);
    }

    /** A teacher of the current year whose administrative presence is unticked, gone since the end of June 2025. */
    private long leaver(String nom, String prenom, String email, String username) {
        jdbc.update("insert into staff_member (establishment_id, external_type, external_id, civilite, nom_usage, nom_patronymique, prenom, "
                + "date_naissance, sexe, email_perso, email_pro, exit_date, username, created_at) "
                + "values (?, 'csv', ?, 'MME', ?, ?, ?, '1970-05-04', 'F', ?, ?, '2025-06-30', ?, now(6))",
                ecole, "CSV-" + nom, nom, nom + "-Naissance", prenom, email, "pro." + email, username);
        long id = jdbc.queryForObject("select id from staff_member where establishment_id = ? and nom_usage = ?", Long.class, ecole, nom);
        jdbc.update("insert into staff_function (establishment_id, staff_member_id, school_year_id, code, source) values (?, ?, ?, 'ENS', 'CSV')",
                ecole, id, year);
        jdbc.update("insert into staff_year_presence (staff_member_id, school_year_id, establishment_id, presence_administrative, presence_physique, "
                + "fonction_promotion) values (?, ?, ?, false, false, false)", id, year, ecole);
        return id;
    }

    private void account(long staffId, String state, Instant at, String reason) {
        jdbc.update("insert into segec_account (staff_member_id, school_year_id, establishment_id, state, account_id, reason, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", staffId, year, ecole, state, "S-" + staffId, reason, Timestamp.from(at));
    }

    @AfterEach
    void back() {
        clock.reset();
        jdbc.update("delete from staff_member where id in (?, ?)", depart, preuve);
        for (long line : lines) jdbc.update("delete from miroir_capital_line where id = ?", line);
        jdbc.update("delete from mail_message where establishment_id = ? and subject = 'Votre compte' and created_by = 'Préau'", ecole);
        jdbc.update("delete from user_account where username = ?", ACCOUNT);
        SegecFixtures.reset(jdbc);
    }

    @Test
    void the_preview_lists_the_staff_by_person_and_why_some_are_kept_and_the_run_does_exactly_that() {
        RetentionReport preview = retention.preview();

        assertThat(preview.scrubbed()).as("no école pupil is old enough: the run below changes only staff").isEmpty();
        assertThat(preview.staffScrubbed()).extracting(RetentionReport.StaffPerson::staffId, RetentionReport.StaffPerson::name)
                .containsExactly(Tuple.tuple(depart, "Essai-Depart Jeanne"));
        assertThat(preview.staffKept()).extracting(RetentionReport.StaffKept::staffId, RetentionReport.StaffKept::reason)
                .containsExactlyInAnyOrder(Tuple.tuple(preuve, "SEGEC_CONSENT_PROOF"), Tuple.tuple(claes, "SEGEC_ACCOUNT_ACTIVE"));
        assertThat(preview.rowsByTable()).containsEntry("staff_member", 1).containsEntry("miroir_capital_line", 2)
                .containsEntry("segec_account", 1).containsEntry("mail_message", 1).containsEntry("user_account", 2);
        assertThat(retention.preview()).as("the dry-run changed nothing").isEqualTo(preview);

        assertThat(retention.run(ecole)).isEqualTo(preview);
        assertThat(retention.preview().staffScrubbed()).as("nobody is scrubbed twice").isEmpty();
    }

    @Test
    void the_scrub_keeps_every_count_and_miroir_indicator_and_leaves_no_trace_of_the_name_or_e_mails() {
        List<Map<String, Object>> countsBefore = counts();
        List<String> indicatorsBefore = values(indicators.compute());
        List<Map<String, Object>> othersBefore = otherEstablishments();
        List<String[]> person = List.of(new String[]{"Essai-Depart", "Jeanne"}, new String[]{"jeanne.essai-depart@mail.example", ""},
                new String[]{"pro.jeanne.essai-depart@mail.example", ""}, new String[]{"jeanne.essai-depart@ecole.example", ""},
                new String[]{"Essai-Depart-Naissance", ""}, new String[]{"CSV-Essai-Depart", ""});
        assertThat(traces(person)).as("before the run she is named in the database").isNotEmpty();

        retention.run(ecole);

        assertThat(counts()).isEqualTo(countsBefore);
        assertThat(values(indicators.compute())).isEqualTo(indicatorsBefore);
        assertThat(otherEstablishments()).as("another establishment is untouched").isEqualTo(othersBefore);
        assertThat(traces(person)).isEmpty();
        Map<String, Object> member = jdbc.queryForMap("select nom_usage, date_naissance, email_perso, username, scrubbed_at, sexe from staff_member where id = ?", depart);
        assertThat(member.get("nom_usage")).isEqualTo("[effacé]");
        assertThat(member.get("date_naissance")).isNull();
        assertThat(member.get("username")).as("unlinked from her Préau account").isNull();
        assertThat(member.get("scrubbed_at")).isNotNull();
        assertThat(member.get("sexe")).isEqualTo("F");
        assertThat(jdbc.queryForMap("select enabled, display_name, email from user_account where username = ?", ACCOUNT))
                .as("the account stays, disabled, with nothing of her").containsEntry("enabled", false).containsEntry("display_name", "[effacé]")
                .containsEntry("email", null);
        assertThat(jdbc.queryForObject("select nom_usage from staff_member where id = ?", String.class, preuve)).isEqualTo("Essai-Preuve");
        assertThat(jdbc.queryForObject("select nom_usage from staff_member where id = ?", String.class, claes)).isEqualTo(claesName);
    }

    /** What headcounts and indicators read of the école's staff, per year: functions, disciplines and hours, presences, SeGEC states. */
    private List<Map<String, Object>> counts() {
        List<Map<String, Object>> counts = new ArrayList<>(jdbc.queryForList("""
                select school_year_id, code, count(*) n from staff_function where establishment_id = ? group by school_year_id, code
                order by school_year_id, code""", ecole));
        counts.addAll(jdbc.queryForList("select code, count(*) n, sum(hours) h from staff_discipline where establishment_id = ? group by code order by code", ecole));
        counts.addAll(jdbc.queryForList("""
                select school_year_id, presence_administrative, presence_physique, fonction_promotion, count(*) n from staff_year_presence
                where establishment_id = ? group by 1, 2, 3, 4 order by 1, 2, 3, 4""", ecole));
        counts.addAll(jdbc.queryForList("select school_year_id, state, count(*) n from segec_account where establishment_id = ? group by 1, 2 order by 1, 2", ecole));
        counts.addAll(jdbc.queryForList("select school_year_id, count(*) n from segec_consent where establishment_id = ? group by 1 order by 1", ecole));
        counts.addAll(jdbc.queryForList("select school_year_id, count(*) n from segec_form_printed where establishment_id = ? group by 1 order by 1", ecole));
        counts.addAll(jdbc.queryForList("""
                select school_year_id, level, nature, count(*) n, sum(periods) p, count(staff_id) s from miroir_capital_line
                where establishment_id = ? group by 1, 2, 3 order by 1, 2, 3""", ecole));
        counts.addAll(jdbc.queryForList("select count(*) n, count(sexe) s, count(grade) g from staff_member where establishment_id = ?", ecole));
        return counts;
    }

    private static List<String> values(MiroirReport report) {
        return report.indicators().stream().map(i -> i.code() + "=" + i.value().toPlainString() + "/" + i.details().size()).toList();
    }

    /**
     * Rows of any table whose text column holds both words of a pair (a name with the first name, or
     * an e-mail alone). The simulated outside peers' own storage ({@code sandbox_*}) is left out: in
     * production it is the SeGEC's and Miroir's database, not Préau's.
     */
    private List<String> traces(List<String[]> words) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name t, column_name c from information_schema.columns
                where table_schema = database() and data_type in ('varchar', 'char', 'text', 'mediumtext', 'longtext')
                  and table_name not like 'sandbox\\_%'""");
        assertThat(columns).hasSizeGreaterThan(100);
        for (Map<String, Object> col : columns) {
            String table = (String) col.get("t");
            String column = (String) col.get("c");
            for (String[] w : words) {
                Integer n = jdbc.queryForObject("select count(*) from `" + table + "` where `" + column + "` like ? and `" + column + "` like ?",
                        Integer.class, "%" + w[0] + "%", "%" + w[1] + "%");
                if (n != null && n > 0) found.add(table + "." + column + " holds " + w[0] + " " + w[1]);
            }
        }
        return found;
    }

    private List<Map<String, Object>> otherEstablishments() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String table : List.of("staff_member", "staff_function", "staff_year_presence", "segec_account", "miroir_capital_line")) {
            rows.addAll(jdbc.queryForList("select * from " + table + " where establishment_id <> ? order by 1, 2", ecole));
        }
        rows.addAll(jdbc.queryForList("select username, display_name, email, enabled from user_account order by username"));
        rows.removeIf(r -> ACCOUNT.equals(r.get("username")));
        return rows;
    }
}
