package org.preau.segec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.SchoolYearService;
import org.preau.peer.PeerDeliveries;
import org.preau.staff.StaffCsvImport;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffDirectory;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The seeds' rule of who the Extranet SeGEC holds, through the activation and the Extranet
 * transfer, against the sandbox SeGEC peer on the real database.
 */
@PreauIntegrationTest
class SegecExtranetRuleTest {

    private static final List<String> WITH_EMAIL = List.of("Goossens", "Lemaire", "Dubois", "Peeters", "Maes", "Jacobs", "Mertens",
            "Willems", "Claes");

    @Autowired SegecActivations activations;
    @Autowired ExtranetTransfer transfer;
    @Autowired SegecForms forms;
    @Autowired StaffDirectory staff;
    @Autowired StaffCsvImport csv;
    @Autowired SchoolYearService years;
    @Autowired PeerDeliveries deliveries;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void reset() {
        SegecFixtures.reset(jdbc);
        SegecFixtures.consentAll(jdbc, WITH_EMAIL);
    }

    @AfterEach
    void restore() {
        SegecFixtures.reset(jdbc);
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void an_interim_teacher_who_leaves_with_an_exit_date_and_the_presence_unticked_is_deactivated_at_the_next_transfer() {
        long interim = newTeacher("Essai-Interim", "Paul", "paul.interim@mail.example");
        forms.recordConsent(interim, true);
        transfer.decide(true);
        activateAll();
        assertThat(sandbox(interim)).containsEntry("active", true);

        StaffDetails d = staff.get(interim, yearId());
        d.setExitDate(LocalDate.now().minusDays(1));
        d.setPresenceAdministrative(false);
        staff.save(d);
        assertThat(activations.preview().sendable()).extracting(SegecMember::id).doesNotContain(interim);
        assertThat(transfer.preflight().deactivations()).extracting(SegecMember::id).containsExactly(interim);
        long exchange = transferNow(false);

        assertThat(sandbox(interim)).containsEntry("active", false).containsEntry("role", "TEACHER");
        assertThat(state(interim)).isEqualTo("DEACTIVATED");
        assertThat(messages(exchange)).contains("Essai-Interim Paul — sorti(e) de l'école (date de sortie passée)");
        // The next transfer does not send them again: the extranet no longer holds an account of theirs.
        assertThat(transfer.preflight().members()).extracting(SegecMember::id).doesNotContain(interim);
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void a_teacher_dropped_by_the_staff_import_is_deactivated_at_the_next_transfer() {
        importCsv("""
                identifiant;nom;prenom;fonction;date_naissance;email_prive
                99150001;Essai-Durand;Anne;ENS;01/02/1981;anne.durand@mail.example
                99150002;Essai-Lenoir;Paul;ENS;03/04/1982;paul.lenoir@mail.example
                """);
        long durand = SegecFixtures.staffId(jdbc, "Essai-Durand");
        long lenoir = SegecFixtures.staffId(jdbc, "Essai-Lenoir");
        forms.recordConsent(durand, true);
        forms.recordConsent(lenoir, true);
        transfer.decide(true);
        activateAll();
        transferNow(false);
        assertThat(sandbox(lenoir)).containsEntry("active", true);

        importCsv("""
                identifiant;nom;prenom;fonction;date_naissance;email_prive
                99150001;Essai-Durand;Anne;ENS;01/02/1981;anne.durand@mail.example
                """);
        assertThat(transfer.preflight().deactivations()).extracting(SegecMember::id).containsExactly(lenoir);
        assertThat(activations.preview().issuesOf(lenoir)).extracting(PreflightIssue::text).singleElement().asString()
                .contains("plus de fonction d'enseignant cette année");
        long exchange = transferNow(false);

        assertThat(sandbox(lenoir)).containsEntry("active", false);
        assertThat(sandbox(durand)).containsEntry("active", true);
        assertThat(state(lenoir)).isEqualTo("DEACTIVATED");
        assertThat(messages(exchange)).contains("Essai-Lenoir Paul — plus de fonction d'enseignant cette année");
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void with_the_titular_director_on_conge_mission_the_acting_one_is_sent_as_director_and_the_titular_one_inactive_for_the_role() {
        long goossens = SegecFixtures.staffId(jdbc, "Goossens");
        long lemaire = SegecFixtures.staffId(jdbc, "Lemaire");
        transfer.decide(true);
        activateAll();
        transferNow(false);
        assertThat(sandbox(goossens)).containsEntry("role", "DIRECTOR").containsEntry("active", true);

        tick(goossens, true, false, true);
        tick(lemaire, true, true, true);
        PreflightReport report = activations.preview();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.sendable()).filteredOn(m -> m.id() == lemaire).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(SegecMember.Role.DIRECTOR));
        activateAll();
        long exchange = transferNow(false);

        assertThat(sandbox(lemaire)).containsEntry("role", "DIRECTOR").containsEntry("active", true);
        assertThat(sandbox(goossens)).containsEntry("role", "DIRECTOR").containsEntry("active", false);
        assertThat(messages(exchange)).contains("Lemaire Sophie — direction",
                "Goossens Philippe — direction en congé mission : rôle de directeur désactivé");
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void two_directors_ticked_are_a_warning_and_after_confirmation_the_teachers_are_still_sent() {
        long goossens = SegecFixtures.staffId(jdbc, "Goossens");
        long lemaire = SegecFixtures.staffId(jdbc, "Lemaire");
        long dubois = SegecFixtures.staffId(jdbc, "Dubois");
        tick(lemaire, true, true, true);
        transfer.decide(true);

        PreflightReport report = activations.preview();
        assertThat(report.warnings()).singleElement().extracting(PreflightIssue::text).asString()
                .contains("Goossens Philippe", "Lemaire Sophie", "Décochez la présence administrative de l'ancienne direction");
        assertThat(report.sendable()).extracting(SegecMember::id).contains(dubois).doesNotContain(goossens, lemaire);
        activateAll();
        assertThat(sandbox(dubois)).containsEntry("active", true);
        assertThat(sandbox(goossens)).isEmpty();

        assertThatThrownBy(() -> transfer.runNow(false)).isInstanceOf(SegecException.class)
                .hasMessageContaining("Confirmez d'abord l'envoi").hasMessageContaining("Goossens Philippe, Lemaire Sophie");
        long exchange = transferNow(true);

        assertThat(sandbox(dubois)).containsEntry("active", true).containsEntry("role", "TEACHER");
        assertThat(sandbox(goossens)).isEmpty();
        assertThat(sandbox(lemaire)).isEmpty();
        assertThat(jdbc.queryForObject("select status from exchange where id = ?", String.class, exchange)).isEqualTo("SUCCESS");
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void a_no_to_the_first_visit_question_is_kept_and_the_tick_box_on_the_page_gives_the_agreement_later() {
        assertThat(transfer.shouldAsk()).isTrue();
        transfer.decide(false);

        assertThat(transfer.shouldAsk()).isFalse();
        assertThat(transfer.decision()).hasValueSatisfying(d -> {
            assertThat(d.consented()).isFalse();
            assertThat(d.decidedBy()).isEqualTo(SegecFixtures.DIRECTEUR_BE);
        });
        activateAll();
        assertThat(sandbox(SegecFixtures.staffId(jdbc, "Dubois"))).containsEntry("active", true);
        assertThatThrownBy(() -> transfer.runNow(false)).isInstanceOf(SegecException.class).hasMessageContaining("cochez la case d'accord");

        transfer.decide(true);
        transferNow(false);
        assertThat(transfer.decision()).hasValueSatisfying(d -> assertThat(d.consented()).isTrue());
        assertThat(state(SegecFixtures.staffId(jdbc, "Dubois"))).isIn("ACTIVE", "REACTIVATED", "INVITED");
    }

    @Test
    @WithUserDetails(SegecFixtures.ENSEIGNANT_BE)
    void a_teacher_is_never_asked_for_the_extranet_agreement() {
        assertThat(transfer.shouldAsk()).isFalse();
    }

    // ---- helpers ----

    private long yearId() {
        return years.requireCurrent().id();
    }

    private long newTeacher(String nom, String prenom, String email) {
        StaffDetails d = new StaffDetails();
        d.setNomUsage(nom);
        d.setPrenom(prenom);
        d.setDateNaissance(LocalDate.of(1990, 3, 3));
        d.setEmailPerso(email);
        d.setSchoolYearId(yearId());
        d.setFunctions(Set.of("ENS"));
        return staff.create(d).getId();
    }

    private void tick(long id, boolean administrative, boolean physique, boolean promotion) {
        StaffDetails d = staff.get(id, yearId());
        d.setPresenceAdministrative(administrative);
        d.setPresencePhysique(physique);
        d.setFonctionPromotion(promotion);
        staff.save(d);
    }

    private void importCsv(String text) {
        var preview = csv.preview("personnel.csv", text.getBytes(StandardCharsets.UTF_8), yearId(), p -> {
        });
        csv.confirm(preview, p -> {
        });
    }

    private void activateAll() {
        activations.activateAll();
        settle();
    }

    private long transferNow(boolean confirmed) {
        long exchange = transfer.runNow(confirmed);
        settle();
        await().atMost(Duration.ofSeconds(15)).until(() -> !"PENDING".equals(
                jdbc.queryForObject("select status from exchange where id = ?", String.class, exchange)));
        return exchange;
    }

    /** Every send of the école delivered (the sandbox answers at once; the outbox tries them after commit). */
    private void settle() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            deliveries.tryDueNow();
            return jdbc.queryForObject("select count(*) from peer_delivery where establishment_id = ? and status in ('PENDING', 'SENDING')",
                    Integer.class, SegecFixtures.ecole(jdbc)) == 0
                    && jdbc.queryForObject("select count(*) from segec_account where establishment_id = ? and state = 'PENDING'",
                    Integer.class, SegecFixtures.ecole(jdbc)) == 0;
        });
    }

    private Map<String, Object> sandbox(long staffId) {
        return jdbc.queryForList("select role, active from sandbox_segec_member where fase = '5432' and external_ref = ?", String.valueOf(staffId))
                .stream().findFirst().map(row -> Map.<String, Object>of("role", row.get("role"), "active", row.get("active")))
                .orElse(Map.of());
    }

    private String state(long staffId) {
        return jdbc.queryForList("select state from segec_account where staff_member_id = ?", String.class, staffId).stream().findFirst().orElse(null);
    }

    /** The exchange's messages as "location — text". */
    private List<String> messages(long exchangeId) {
        return jdbc.queryForList("select concat(coalesce(location, ''), ' — ', text) from exchange_message where exchange_id = ?", String.class,
                exchangeId);
    }
}
