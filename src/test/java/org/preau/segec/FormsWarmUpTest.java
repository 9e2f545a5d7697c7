package org.preau.segec;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample stack printed after start goes through the real form code, QR codes made in parallel included. */
class FormsWarmUpTest {

    @Test
    void the_warm_up_prints_every_sample_form_each_with_its_own_qr_code_in_order() throws Exception {
        byte[] pdf = FormsWarmUp.sample();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(FormsWarmUp.FORMS);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            assertThat(text.getText(document)).contains("ÉCHANTILLON").contains("Prénom 1");
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page : new int[]{0, 1, FormsWarmUp.FORMS - 1}) {
                BufferedImage image = renderer.renderImageWithDPI(page, 150, ImageType.GRAY);
                String payload = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                        Map.of(DecodeHintType.TRY_HARDER, true)).getText();
                assertThat(FormQr.parse(payload)).as("page " + page).hasValueSatisfying(c -> assertThat(c.staffId()).isEqualTo(page));
            }
        }
    }
}
