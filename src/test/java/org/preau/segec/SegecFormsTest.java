package org.preau.segec;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearService;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PreauIntegrationTest
class SegecFormsTest {

    @Autowired SegecForms forms;
    @Autowired SchoolYearService years;
    @Autowired EtablissementProvisioning provisioning;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void reset() {
        SegecFixtures.reset(jdbc);
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void a_printed_form_reads_back_with_the_establishment_the_teacher_the_email_the_permission_and_a_qr_naming_them() throws IOException {
        long lemaire = SegecFixtures.staffId(jdbc, "Lemaire");
        long janssens = SegecFixtures.staffId(jdbc, "Janssens");
        byte[] pdf = forms.printAll(List.of(lemaire, janssens));
        String year = years.requireCurrent().label();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document).replaceAll("\\s+", " ");
            // Bold capitals come back with a stray space ("N om") from the glyph positions: labels compared without spaces.
            assertThat(first.replace(" ", "")).contains("AutorisationCompteSeGEC", "Nom:Lemaire", "Prénom:Sophie",
                    "Datedenaissance:02/09/1985", "Adressee-mailprivée:sophie.lemaire@mail.example");
            assertThat(first).contains("École fondamentale Saint-Joseph", "FASE 5432", "Année scolaire " + year,
                    "J'autorise École fondamentale Saint-Joseph à transmettre", "limité à l'année scolaire " + year,
                    "Signature du membre du personnel", "Fait à",
                    "Cette adresse e-mail sera l'identifiant (nom d'utilisateur) de votre compte SeGEC",
                    "préférez votre adresse personnelle : si vous travaillez dans plusieurs écoles ou changez d'école, votre compte SeGEC reste unique et utilisable");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(second.replace(" ", "")).contains("Nom:Janssens").doesNotContain("@mail.example");
        }
        String qr = ScanReader.decode(ScannedStack.render(pdf, 0)).orElseThrow();
        assertThat(qr).startsWith("SEGEC1|5432|" + lemaire + "|" + year + "|");
        assertThat(ScanReader.decode(ScannedStack.render(pdf, 1)).orElseThrow()).startsWith("SEGEC1|5432|" + janssens + "|");
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void one_file_each_gives_a_zip_with_one_single_page_pdf_per_teacher() throws IOException {
        byte[] zip = forms.printEach(List.of(SegecFixtures.staffId(jdbc, "Dubois"), SegecFixtures.staffId(jdbc, "Maes")));
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                try (PDDocument document = Loader.loadPDF(in.readAllBytes())) {
                    assertThat(document.getNumberOfPages()).isEqualTo(1);
                }
            }
        }
        assertThat(names).hasSize(2).allMatch(n -> n.startsWith("autorisation-segec-") && n.endsWith(".pdf"));
        assertThat(names.getFirst()).contains("Dubois-Marc");
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void a_scanned_stack_of_the_signed_forms_matches_every_page_to_its_teacher_and_records_the_consents() {
        List<Long> ids = List.of(SegecFixtures.staffId(jdbc, "Lemaire"), SegecFixtures.staffId(jdbc, "Dubois"),
                SegecFixtures.staffId(jdbc, "Peeters"), SegecFixtures.staffId(jdbc, "Goossens"));
        byte[] scan = ScannedStack.pack(ScannedStack.scanPages(forms.printAll(ids), 10, 150, page -> true, 1.0, 1));

        ScanReport report = forms.readScan("scan.pdf", scan);

        assertThat(report.unmatched()).isEmpty();
        assertThat(report.matched()).extracting(ScanReport.Page::staffId).containsExactlyElementsOf(ids);
        assertThat(report.recorded()).isEqualTo(4);
        assertThat(forms.members()).filteredOn(m -> ids.contains(m.id()))
                .allSatisfy(m -> assertThat(m.consent()).hasValueSatisfying(c -> {
                    assertThat(c.source()).isEqualTo("SCAN");
                    assertThat(c.recordedBy()).isEqualTo(SegecFixtures.DIRECTEUR_BE);
                }));
        assertThat(forms.readScan("scan.pdf", scan).recorded()).isZero();
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void in_a_stack_of_signed_and_unsigned_pages_only_the_signed_ones_record_a_consent_at_150_and_300_dpi() {
        List<Long> ids = List.of(SegecFixtures.staffId(jdbc, "Lemaire"), SegecFixtures.staffId(jdbc, "Dubois"),
                SegecFixtures.staffId(jdbc, "Peeters"), SegecFixtures.staffId(jdbc, "Maes"));
        byte[] printed = forms.printAll(ids);
        for (int dpi : new int[]{150, 300}) {
            SegecFixtures.reset(jdbc);
            byte[] scan = ScannedStack.pack(ScannedStack.scanPages(printed, 10, dpi, page -> page % 2 == 0, 1.0, dpi));

            ScanReport report = forms.readScan("pile-" + dpi + ".pdf", scan);

            assertThat(report.matched()).extracting(ScanReport.Page::staffId).containsExactly(ids.get(0), ids.get(2));
            assertThat(report.recorded()).isEqualTo(2);
            assertThat(report.unmatched()).extracting(ScanReport.Page::who).containsExactly("Dubois Marc", "Maes Julie");
            assertThat(report.unmatched()).extracting(ScanReport.Page::message).allMatch(m -> m.startsWith("Non signé"));
            assertThat(jdbc.queryForList("select staff_member_id from segec_consent where establishment_id = ?", Long.class,
                    SegecFixtures.ecole(jdbc))).containsExactlyInAnyOrder(ids.get(0), ids.get(2));
        }
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void the_printed_pdf_uploaded_untouched_as_the_scan_is_refused_page_by_page_as_not_a_scan() {
        List<Long> ids = List.of(SegecFixtures.staffId(jdbc, "Lemaire"), SegecFixtures.staffId(jdbc, "Dubois"),
                SegecFixtures.staffId(jdbc, "Peeters"));

        ScanReport report = forms.readScan("autorisations-segec.pdf", forms.printAll(ids));

        assertThat(report.recorded()).isZero();
        assertThat(report.matched()).isEmpty();
        assertThat(report.unmatched()).hasSize(3).extracting(ScanReport.Page::message).allMatch(m -> m.startsWith("Pas un scan"));
        assertThat(jdbc.queryForObject("select count(*) from segec_consent where establishment_id = ?", Integer.class,
                SegecFixtures.ecole(jdbc))).isZero();
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void pages_without_a_qr_with_another_establishments_qr_or_a_forged_one_are_listed_and_record_nothing() {
        long lemaire = SegecFixtures.staffId(jdbc, "Lemaire");
        String year = years.requireCurrent().label();
        BufferedImage blank = page(null);
        BufferedImage other = page("SEGEC1|9999|" + lemaire + "|" + year + "|0011223344556677");
        BufferedImage forged = page("SEGEC1|5432|" + lemaire + "|" + year + "|0011223344556677");
        byte[] scan = ScannedStack.pack(List.of(ScannedStack.jpeg(blank), ScannedStack.jpeg(other), ScannedStack.jpeg(forged)));

        ScanReport report = forms.readScan("pile.pdf", scan);

        assertThat(report.matched()).isEmpty();
        assertThat(report.unmatched()).extracting(ScanReport.Page::message).containsExactly(
                "Aucun code QR lisible sur cette page.",
                "Formulaire d'un autre établissement (FASE 9999) : rien n'est enregistré.",
                "Code QR non authentique pour cet établissement : rien n'est enregistré.");
        assertThat(jdbc.queryForObject("select count(*) from segec_consent where staff_member_id = ?", Integer.class, lemaire)).isZero();
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void a_file_that_is_neither_a_pdf_nor_an_image_is_refused_in_french() {
        assertThatThrownBy(() -> forms.readScan("notes.txt", "bonjour".getBytes()))
                .isInstanceOf(SegecException.class).hasMessageContaining("n'est ni un PDF ni une image lisible");
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void ticking_the_consent_records_its_date_and_author_and_unticking_withdraws_it() {
        long maes = SegecFixtures.staffId(jdbc, "Maes");
        forms.recordConsent(maes, true);
        SegecMember m = forms.member(maes).orElseThrow();
        assertThat(m.consent()).hasValueSatisfying(c -> {
            assertThat(c.recordedBy()).isEqualTo(SegecFixtures.DIRECTEUR_BE);
            assertThat(c.source()).isEqualTo("MANUAL");
        });
        forms.recordConsent(maes, false);
        assertThat(forms.member(maes).orElseThrow().consent()).isEmpty();
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void a_staff_member_of_another_establishment_is_refused() {
        long lyceeStaff = jdbc.queryForObject("insert into staff_member (establishment_id, nom_usage, prenom, created_at) "
                + "select id, 'Ailleurs', 'Paul', now(6) from establishment where uai = '0179912G' returning id", Long.class);
        try {
            assertThatThrownBy(() -> forms.printAll(List.of(lyceeStaff))).isInstanceOf(SegecException.class)
                    .hasMessageContaining("n'est ni enseignant ni directeur de cet établissement");
            assertThatThrownBy(() -> forms.recordConsent(lyceeStaff, true)).isInstanceOf(SegecException.class);
        } finally {
            jdbc.update("delete from staff_member where id = ?", lyceeStaff);
        }
    }

    @Test
    @WithUserDetails(SegecFixtures.ENSEIGNANT_BE)
    void a_teacher_prints_their_own_form_from_their_self_service_page() throws IOException {
        byte[] pdf = forms.printMine();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Lemaire", "Sophie");
        }
        assertThat(forms.mine()).hasValueSatisfying(m -> assertThat(m.person().nomUsage()).isEqualTo("Lemaire"));
    }

    /** An A4 page at 150 dpi, white, with a QR in the bottom-right corner when a payload is given. */
    private static BufferedImage page(String payload) {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.drawString("Autorisation Compte SeGEC", 100, 100);
        if (payload != null) {
            try {
                var matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 180, 180, Map.of(EncodeHintType.MARGIN, 4));
                g.drawImage(MatrixToImageWriter.toBufferedImage(matrix), 980, 1500, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        g.dispose();
        return image;
    }
}
