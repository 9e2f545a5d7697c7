package org.preau.transfer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The scanned signed consent form: a PDF, PNG or JPEG, its type told by its first bytes (never by
 * its name), refused above the size limit. Images are re-encoded as PNG: what is stored is pixels
 * Préau wrote, never the uploaded bytes; a PDF is kept once PDFBox has read it whole.
 */
final class ConsentScan {

    record Accepted(byte[] content, String contentType) {
    }

    private ConsentScan() {
    }

    static Accepted read(byte[] upload, long maxBytes) {
        if (upload.length > maxBytes) throw new TransferRefusedException("transfer.error.scanTooLarge", maxBytes / (1024 * 1024));
        if (startsWith(upload, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            try (PDDocument document = Loader.loadPDF(upload)) {
                if (document.getNumberOfPages() == 0) throw new TransferRefusedException("transfer.error.scanUnreadable");
                // The printed form uploaded untouched proves no signature (the same check as the SeGEC scans).
                for (int i = 0; i < document.getNumberOfPages(); i++) {
                    if (org.preau.print.SignatureCheck.isGeneratedPage(document, i)) {
                        throw new TransferRefusedException("transfer.error.scanNotAScan");
                    }
                }
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
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return new Accepted(out.toByteArray(), "image/png");
        } catch (IOException e) {
            throw new TransferRefusedException("transfer.error.scanUnreadable");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (bytes[i] != prefix[i]) return false;
        return true;
    }
}
