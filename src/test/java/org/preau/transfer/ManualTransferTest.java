package org.preau.transfer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.ModuleDisabledException;
import org.preau.establishment.Uai;
import org.preau.support.DemoUsers;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The director's manual transfer: consent recorded, delivered once, and every refusal in French. */
@PreauIntegrationTest
@WithUserDetails(DemoUsers.DIRECTEUR)
class ManualTransferTest {

    static final String UNKNOWN_UAI = "0699998" + Uai.checkLetter("0699998");

    @Autowired TransferWorld world;
    @Autowired LearnerTransfers transfers;
    @Autowired TransferJob job;
    @Autowired JdbcTemplate jdbc;

    long lycee;
    long cfa;
    String ine;
    long leaver;

    @BeforeEach
    void aLeaverAndACfaWithoutSiecle() {
        TransferWorld.Leaver start = world.aLeaverWithAFiche();
        lycee = start.lycee();
        cfa = start.cfa();
        ine = start.ine();
        leaver = start.learnerId();
    }

    @AfterEach
    void switchesBackToDefault() {
        world.switchesBackToDefault();
    }

    private ManualTransferRequest request(String uai, LocalDate consent, ConsentGiver giver, byte[] scan) {
        return new ManualTransferRequest(leaver, uai, consent, giver, "Mme et M. Parent", scan);
    }

    private String refusal(ManualTransferRequest request) {
        try {
            transfers.transfer(request);
        } catch (TransferRefusedException e) {
            assertThat(e.getMessage()).doesNotStartWith("!");
            return e.key();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void the_learners_who_left_are_listed_and_a_consented_transfer_is_delivered_with_its_consent_recorded() {
        assertThat(transfers.transferable()).extracting(TransferableLearner::learnerId).contains(leaver)
                .doesNotContain(world.activeLearnerOfLycee());

        TransferView sent = transfers.transfer(request(" " + TransferWorld.CFA_UAI.toLowerCase() + " ", LocalDate.now().minusDays(2),
                ConsentGiver.LEARNER_AND_GUARDIANS, null));

        assertThat(sent.status()).isEqualTo(TransferStatus.DELIVERED);
        assertThat(sent.destinationUai()).isEqualTo(TransferWorld.CFA_UAI);
        assertThat(sent.recordsSent()).isEqualTo(1);
        assertThat(world.records(cfa, world.learnerId(cfa, ine))).isEqualTo(1);
        Map<String, Object> consent = jdbc.queryForMap("select mode, consent_kind, consent_date, consent_given_by, consent_giver_names, "
                + "consent_recorded_by from learner_transfer where id = ?", sent.id());
        assertThat(consent).containsEntry("MODE", "MANUAL").containsEntry("CONSENT_KIND", "SIGNED_FORM")
                .containsEntry("CONSENT_DATE", java.sql.Date.valueOf(LocalDate.now().minusDays(2)))
                .containsEntry("CONSENT_GIVEN_BY", "LEARNER_AND_GUARDIANS").containsEntry("CONSENT_GIVER_NAMES", "Mme et M. Parent");
        assertThat((String) consent.get("CONSENT_RECORDED_BY")).isNotBlank();
        assertThat(transfers.transferable()).extracting(TransferableLearner::learnerId).doesNotContain(leaver);
        assertThat(transfers.sent()).extracting(TransferView::id).contains(sent.id());

        // sent once: neither a second request nor the daily job sends it again
        assertThat(refusal(request(TransferWorld.CFA_UAI, LocalDate.now(), ConsentGiver.LEARNER, null))).isEqualTo("transfer.error.already");
        job.run();
        assertThat(world.records(cfa, world.learnerId(cfa, ine))).isEqualTo(1);
    }

    @Test
    void a_destination_that_imports_siecle_with_transfers_on_is_refused_by_hand_because_the_learner_moves_by_itself() {
        world.cfaImportsTheSamePupils();
        assertThat(transfers.destination(TransferWorld.CFA_UAI)).satisfies(d -> {
            assertThat(d.local()).isTrue();
            assertThat(d.automatic()).isTrue();
        });
        assertThatThrownBy(() -> transfers.transfer(request(TransferWorld.CFA_UAI, LocalDate.now(), ConsentGiver.LEARNER, null)))
                .isInstanceOf(TransferRefusedException.class).hasMessageContaining("seront transférées automatiquement")
                .hasMessageContaining("CFA des métiers Verdier");
        assertThat(jdbc.queryForObject("select count(*) from learner_transfer where establishment_id = ?", Integer.class, lycee)).isZero();

        world.switchTransfers(TransferWorld.CFA_DIRECTOR, false);
        assertThat(transfers.destination(TransferWorld.CFA_UAI).automatic()).as("switched off there: nothing moves by itself").isFalse();
    }

    @Test
    void for_a_destination_outside_the_federation_the_records_are_printed_with_the_consent_and_the_print_is_in_the_history()
            throws IOException {
        byte[] pdf = transfers.printRecords(leaver, UNKNOWN_UAI, LocalDate.of(2025, 9, 1), ConsentGiver.GUARDIANS, "Mme Parent");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Dossier de l'apprenant", "INE : " + ine, "Établissement d'accueil (UAI) : " + UNKNOWN_UAI,
                    "Fiche d'activité — Fiche de suivi, du 15/01/2025, par Claire Enseignante", "Contenu du document",
                    "Autorisation donnée par Les responsables légaux le 01/09/2025", "(Mme Parent)", "UAI " + DemoUsers.LYCEE_UAI);
        }
        assertThat(jdbc.queryForList("select summary from exchange where establishment_id = ? and kind = 'LEARNER_TRANSFER'", String.class,
                lycee)).singleElement().asString().contains("imprimé").contains(UNKNOWN_UAI);

        assertThatThrownBy(() -> transfers.printRecords(leaver, TransferWorld.CFA_UAI, LocalDate.now(), ConsentGiver.LEARNER, null))
                .isInstanceOf(TransferRefusedException.class).hasMessageContaining("peut recevoir le transfert par Préau");
        assertThatThrownBy(() -> transfers.printRecords(leaver, UNKNOWN_UAI, null, ConsentGiver.LEARNER, null))
                .isInstanceOf(TransferRefusedException.class).hasMessageContaining("autorisation");
    }

    @Test
    void a_malformed_uai_is_refused() {
        assertThat(refusal(request("12345", LocalDate.now(), ConsentGiver.LEARNER, null))).isEqualTo("transfer.error.uaiFormat");
        assertThat(refusal(request("", LocalDate.now(), ConsentGiver.LEARNER, null))).isEqualTo("transfer.error.uaiMissing");
    }

    @Test
    void a_uai_with_a_wrong_check_letter_is_refused_with_the_expected_letter() {
        char right = Uai.checkLetter("0179001");
        char wrong = right == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> transfers.transfer(request("0179001" + wrong, LocalDate.now(), ConsentGiver.LEARNER, null)))
                .isInstanceOf(TransferRefusedException.class).hasMessageContaining("lettre de contrôle attendue est " + right);
    }

    @Test
    void a_uai_of_no_establishment_using_preau_is_refused_and_the_message_says_where_to_declare_another_instance() {
        assertThat(refusal(request(UNKNOWN_UAI, LocalDate.now(), ConsentGiver.LEARNER, null))).isEqualTo("transfer.error.uaiUnknown");
        assertThatThrownBy(() -> transfers.destination(UNKNOWN_UAI)).hasMessageContaining("Paramètres › Transferts des apprenants")
                .hasMessageContaining("imprimez le dossier");
    }

    @Test
    void the_source_itself_as_destination_is_refused() {
        assertThat(refusal(request(DemoUsers.LYCEE_UAI, LocalDate.now(), ConsentGiver.LEARNER, null))).isEqualTo("transfer.error.self");
    }

    @Test
    void a_learner_still_active_is_refused() {
        assertThatThrownBy(() -> transfers.transfer(new ManualTransferRequest(world.activeLearnerOfLycee(), TransferWorld.CFA_UAI,
                LocalDate.now(), ConsentGiver.LEARNER, null, null)))
                .isInstanceOf(TransferRefusedException.class).hasMessageContaining("toujours actif");
    }

    @Test
    void a_transfer_without_consent_is_refused_and_nothing_is_recorded() {
        assertThat(refusal(request(TransferWorld.CFA_UAI, null, ConsentGiver.LEARNER, null))).isEqualTo("transfer.error.consent");
        assertThat(refusal(request(TransferWorld.CFA_UAI, LocalDate.now(), null, null))).isEqualTo("transfer.error.consent");
        assertThat(refusal(request(TransferWorld.CFA_UAI, LocalDate.now().plusDays(1), ConsentGiver.LEARNER, null)))
                .isEqualTo("transfer.error.consentFuture");
        assertThat(jdbc.queryForObject("select count(*) from learner_transfer where establishment_id = ?", Integer.class, lycee)).isZero();
    }

    @Test
    void a_learner_of_another_establishment_is_out_of_reach() {
        world.cfaImportsTheSamePupils();
        long atTheCfa = world.learnerId(cfa, ine);
        assertThatThrownBy(() -> transfers.transfer(new ManualTransferRequest(atTheCfa, TransferWorld.CFA_UAI, LocalDate.now(),
                ConsentGiver.LEARNER, null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nothing_is_possible_while_transfers_are_switched_off() {
        world.switchTransfers(DemoUsers.DIRECTEUR, false);
        assertThatThrownBy(() -> transfers.transferable()).isInstanceOf(ModuleDisabledException.class);
        assertThatThrownBy(() -> transfers.transfer(request(TransferWorld.CFA_UAI, LocalDate.now(), ConsentGiver.LEARNER, null)))
                .isInstanceOf(ModuleDisabledException.class);
    }

    @Test
    @WithUserDetails(DemoUsers.SECRETAIRE)
    void only_the_director_transfers() {
        assertThatThrownBy(() -> transfers.transfer(request(TransferWorld.CFA_UAI, LocalDate.now(), ConsentGiver.LEARNER, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_scanned_form_is_kept_an_image_re_encoded_and_anything_else_refused() throws IOException {
        assertThat(refusal(request(TransferWorld.CFA_UAI, LocalDate.now(), ConsentGiver.LEARNER,
                "<html>pas un formulaire</html>".getBytes()))).isEqualTo("transfer.error.scanType");
        assertThat(refusal(request(TransferWorld.CFA_UAI, LocalDate.now(), ConsentGiver.LEARNER,
                new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2}))).isEqualTo("transfer.error.scanUnreadable");

        BufferedImage image = ConsentScribble.sign(org.preau.segec.ScannedStack.render(
                transfers.consentForm(leaver, TransferWorld.CFA_UAI), 0), TransferConsentPdf.LEARNER_SIGNATURE, 150);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        TransferView sent = transfers.transfer(request(TransferWorld.CFA_UAI, LocalDate.now(), ConsentGiver.GUARDIANS, jpeg.toByteArray()));
        assertThat(sent.hasConsentForm()).isTrue();
        byte[] stored = transfers.scannedConsent(sent.id()).orElseThrow();
        assertThat(stored).startsWith(0x89, 'P', 'N', 'G');
        assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(image.getWidth());
    }

    @Test
    void a_scan_of_the_form_without_ink_in_the_learner_or_guardians_box_is_refused_as_not_signed_and_a_signed_one_is_kept() {
        byte[] form = transfers.consentForm(leaver, TransferWorld.CFA_UAI);
        byte[] unsigned = org.preau.segec.ScannedStack.pack(List.of(org.preau.segec.ScannedStack.jpeg(
                org.preau.segec.ScannedStack.render(form, 0))));
        TransferRefusedException refused = catchThrowableOfType(TransferRefusedException.class,
                () -> transfers.transfer(request(TransferWorld.CFA_UAI, LocalDate.now(), ConsentGiver.GUARDIANS, unsigned)));
        assertThat(refused.key()).isEqualTo("transfer.error.scanUnsigned");
        assertThat(refused.getMessage()).startsWith("Formulaire non signé");

        byte[] signed = org.preau.segec.ScannedStack.pack(List.of(org.preau.segec.ScannedStack.jpeg(ConsentScribble.sign(
                org.preau.segec.ScannedStack.render(form, 0), TransferConsentPdf.GUARDIANS_SIGNATURE, 150))));
        TransferView sent = transfers.transfer(request(TransferWorld.CFA_UAI, LocalDate.now(), ConsentGiver.GUARDIANS, signed));
        assertThat(sent.hasConsentForm()).isTrue();
    }

    @Test
    void the_printable_consent_form_names_the_learner_the_destination_and_the_establishment() throws IOException {
        byte[] pdf = transfers.consentForm(leaver, TransferWorld.CFA_UAI);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            String name = jdbc.queryForObject("select concat(nom, ' ', prenom) from learner where id = ?", String.class, leaver);
            assertThat(text).contains("Autorisation de transfert des données de l'apprenant", "Apprenant : " + name, "INE : " + ine,
                    "Établissement d'accueil (UAI) : " + TransferWorld.CFA_UAI, "Signature des responsables légaux", "UAI " + DemoUsers.LYCEE_UAI);
        }
    }
}
