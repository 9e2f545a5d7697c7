package org.preau.transfer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.preau.print.SignatureCheck;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The scanned signed consent form: a PDF, PNG or JPEG, its type told by its first bytes (never by
 * its name), refused above the size limit. Images are re-encoded as PNG: what is stored is pixels
 * Préau wrote, never the uploaded bytes; a PDF is kept once PDFBox has read it whole. As for the
 * SeGEC scans, the printed PDF itself is refused, and so is a scan without ink in a signer's box.
 */
final class ConsentScan {

    record Accepted(byte[] content, String contentType) {
    }

    private ConsentScan() {
    }

    /** Leaves the box's border (and a little skew) out of the count, as for the SeGEC forms. */
    static final float INSET = 5;

    /** The boxes where the learner or the legal guardians sign; the establishment's box holds the cachet. */
    private static final List<SignatureCheck.Box> SIGNERS = List.of(TransferConsentPdf.LEARNER_SIGNATURE, TransferConsentPdf.GUARDIANS_SIGNATURE);

    /** Pages of a scanned PDF looked at for a signature: the form is one page, a scanner may add a blank back. */
    private static final int PAGES_LOOKED_AT = 2;

    /**
     * The upload, refused when it is not a scan, or when neither the learner's nor the guardians'
     * box of the form holds more ink than the blank form ({@code blankForm}, rendered on demand).
     */
    static Accepted read(byte[] upload, long maxBytes, Supplier<byte[]> blankForm) {
        if (upload.length > maxBytes) throw new TransferRefusedException("transfer.error.scanTooLarge", maxBytes / (1024 * 1024));
        if (startsWith(upload, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            try (PDDocument document = Loader.loadPDF(upload)) {
                if (document.getNumberOfPages() == 0) throw new TransferRefusedException("transfer.error.scanUnreadable");
                // The printed form uploaded untouched proves no signature (the same check as the SeGEC scans).
                for (int i = 0; i < document.getNumberOfPages(); i++) {
                    if (SignatureCheck.isGeneratedPage(document, i)) {
                        throw new TransferRefusedException("transfer.error.scanNotAScan");
                    }
                }
                PDFRenderer renderer = new PDFRenderer(document);
                byte[] blank = blankForm.get();
                boolean signed = false;
                for (int i = 0; i < Math.min(PAGES_LOOKED_AT, document.getNumberOfPages()) && !signed; i++) {
                    signed = signed(renderer.renderImageWithDPI(i, SCAN_DPI, ImageType.GRAY), blank);
                }
                if (!signed) throw new TransferRefusedException("transfer.error.scanUnsigned");
            } catch (IOException e) {
                throw new TransferRefusedException("transfer.error.scanUnreadable");
            }
            return new Accepted(upload, "application/pdf");
        }
        boolean png = startsWith(upload, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        boolean jpeg = startsWith(upload, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        if (!png && !jpeg) throw new TransferRefusedException("transfer.error.scanType");
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(upload));
            if (image == null) throw new TransferRefusedException("transfer.error.scanUnreadable");
            if (!signed(image, blankForm.get())) throw new TransferRefusedException("transfer.error.scanUnsigned");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return new Accepted(out.toByteArray(), "image/png");
        } catch (IOException e) {
            throw new TransferRefusedException("transfer.error.scanUnreadable");
        }
    }

    /** A scanned PDF's page is looked at at this resolution (the scanners' usual 150 dpi is enough for ink). */
    private static final int SCAN_DPI = 150;

    /**
     * Whether the scan of the whole page, upright (the form has no anchors), holds ink in the
     * learner's or the guardians' box beyond what the blank form has there at the same resolution.
     */
    static boolean signed(BufferedImage scan, byte[] blankForm) {
        float pageWidth = PDRectangle.A4.getWidth(), pageHeight = PDRectangle.A4.getHeight();
        SignatureCheck.PageToImage map = SignatureCheck.PageToImage.wholePage(scan.getWidth(), scan.getHeight(), pageWidth, pageHeight);
        // Rounded so that scans of one resolution compare with one rendering of the blank form.
        int dpi = Math.max(10, (int) Math.round(map.scale() * 72 / 10) * 10);
        for (SignatureCheck.Box box : SIGNERS) {
            double share = SignatureCheck.inkShare(scan, map, box, INSET);
            if (SignatureCheck.signed(share, SignatureCheck.blankShare(blankForm, 0, box, INSET, dpi))) return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (bytes[i] != prefix[i]) return false;
        return true;
    }
}
