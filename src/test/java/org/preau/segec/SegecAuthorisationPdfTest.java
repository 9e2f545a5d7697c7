package org.preau.segec;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.preau.print.Letterhead;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixed parts of the consent form are laid out once per stack and drawn by every page. */
class SegecAuthorisationPdfTest {

    private static final Letterhead LETTERHEAD = Letterhead.plain("École Saint-Exemple", List.of("Rue de l'Exemple 1", "FASE 9999"));

    @Test
    void every_page_draws_the_letterhead_and_the_fixed_text_from_the_same_stored_templates() throws IOException {
        byte[] pdf = SegecAuthorisationPdf.write(LETTERHEAD, "2026-2027",
                List.of(form(1, "Dupont", "dupont@mail.example"), form(2, "Martin", null), form(3, "Leroy", "leroy@mail.example")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSBase> first = templates(document.getPage(0));
            assertThat(first).hasSize(2);
            for (int page = 1; page < 3; page++) assertThat(templates(document.getPage(page))).as("page " + (page + 1)).isEqualTo(first);
            for (int page = 1; page <= 3; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                assertThat(text).as("page " + page).contains("École Saint-Exemple", "FASE 9999", "Année scolaire 2026-2027",
                        "J'autorise École Saint-Exemple à transmettre", "Signature du membre du personnel", "Fait à");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("Martin").doesNotContain("Dupont", "Leroy");
        }
    }

    @Test
    void an_e_mail_on_two_lines_moves_the_fixed_text_below_it_down_by_one_line() throws IOException {
        String longEmail = "prenom.nom.assez.longue.pour.passer.a.la.ligne.suivante@messagerie-academique.example";
        byte[] pdf = SegecAuthorisationPdf.write(LETTERHEAD, "2026-2027", List.of(form(1, "Court", "court@mail.example"), form(2, "Long", longEmail)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float shortY = top(document, 1, "Cette adresse e-mail sera");
            float longY = top(document, 2, "Cette adresse e-mail sera");
            float emailLine = top(document, 2, "Adresse e-mail") - top(document, 2, "Date de naissance");
            // one more line of 11 pt text (PDFBox measures from the top: lower on the page is a larger y)
            assertThat(longY - shortY).isBetween(11f, 16f);
            assertThat(emailLine).isEqualTo(top(document, 1, "Adresse e-mail") - top(document, 1, "Date de naissance"));
        }
    }

    private static SegecAuthorisationPdf.Form form(long id, String nom, String email) {
        return new SegecAuthorisationPdf.Form(id, nom, "Prénom", LocalDate.of(1980, 5, 17), email, FormQr.payload(new byte[32], "9999", id, "2026-2027"));
    }

    private static Set<COSBase> templates(PDPage page) throws IOException {
        Set<COSBase> found = new HashSet<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDFormXObject form) found.add(form.getCOSObject());
        }
        return found;
    }

    /** The distance from the page's top of the first line starting with {@code start}. */
    private static float top(PDDocument document, int page, String start) throws IOException {
        List<Float> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (text.startsWith(start) && found.isEmpty()) found.add(positions.getFirst().getYDirAdj());
                super.writeString(text, positions);
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        assertThat(found).as("'" + start + "' on page " + page).isNotEmpty();
        return found.getFirst();
    }
}
