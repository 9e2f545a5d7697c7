package org.preau.transfer;

import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.preau.segec.ScannedStack;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The learner transfer's consent upload applies the SeGEC scans' check: the printed PDF itself is no signed scan. */
class ConsentScanNotAScanTest {

    @Test
    void the_printed_form_uploaded_untouched_is_refused_as_not_a_scan_and_a_scanned_page_is_kept() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, printed);
        document.open();
        document.add(new Paragraph("Autorisation de transfert des données de l'apprenant — Signature des responsables légaux"));
        document.close();

        TransferRefusedException refused = catchThrowableOfType(TransferRefusedException.class,
                () -> ConsentScan.read(printed.toByteArray(), 5L * 1024 * 1024, printed::toByteArray));
        assertThat(refused.key()).isEqualTo("transfer.error.scanNotAScan");
        assertThat(refused.getMessage()).startsWith("Pas un scan");

        BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.dispose();
        ConsentScribble.sign(page, TransferConsentPdf.GUARDIANS_SIGNATURE, 150);
        byte[] scan = ScannedStack.pack(List.of(ScannedStack.jpeg(page)));
        // The blank reference here is a page without boxes: the scribble alone is the ink.
        assertThat(ConsentScan.read(scan, 5L * 1024 * 1024, printed::toByteArray).contentType()).isEqualTo("application/pdf");
    }
}
