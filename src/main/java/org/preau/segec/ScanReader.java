package org.preau.segec;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the QR codes of a scanned stack: a multi-page PDF (one scanned image per page, as copiers
 * make them) or one image. A scanned page's image is taken as it is stored (JPEG bytes copied and
 * decoded in parallel) rather than rendered, which is several times faster; a page without an
 * image is rendered at 150 dpi. The QR is sought in the bottom-right quarter first (where the form
 * prints it), then the top-left (a page fed upside down), then the whole page.
 */
final class ScanReader {

    static final int MAX_PAGES = 1000;

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private ScanReader() {
    }

    /** The QR payload of every page, in order (empty when a page has none readable). */
    static List<Optional<String>> read(String fileName, byte[] content) throws IOException {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".pdf") || startsWith(content, "%PDF")) return readPdf(content);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
        if (image == null) throw new IOException("not an image");
        return List.of(decode(image));
    }

    private static List<Optional<String>> readPdf(byte[] content) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "segec-scan");
            t.setDaemon(true);
            return t;
        });
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.getNumberOfPages() > MAX_PAGES) throw new TooManyPagesException(pdf.getNumberOfPages());
            List<Future<Optional<String>>> pages = new ArrayList<>();
            PDFRenderer renderer = null;
            int index = 0;
            for (PDPage page : pdf.getPages()) {
                PDImageXObject image = largestImage(page.getResources());
                Callable<Optional<String>> work;
                if (image != null && COSName.DCT_DECODE.equals(singleFilter(image))) {
                    // JPEG: copy the raw bytes on this thread (PDDocument is single-threaded), decode in the pool.
                    byte[] jpeg;
                    try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                        jpeg = raw.readAllBytes();
                    }
                    work = () -> decode(ImageIO.read(new ByteArrayInputStream(jpeg)));
                } else if (image != null) {
                    BufferedImage decoded = image.getImage();
                    work = () -> decode(decoded);
                } else {
                    if (renderer == null) renderer = new PDFRenderer(pdf);
                    BufferedImage rendered = renderer.renderImageWithDPI(index, 150, ImageType.GRAY);
                    work = () -> decode(rendered);
                }
                pages.add(pool.submit(work));
                index++;
            }
            List<Optional<String>> result = new ArrayList<>(pages.size());
            for (Future<Optional<String>> f : pages) result.add(f.get());
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static Optional<String> decode(BufferedImage image) {
        if (image == null) return Optional.empty();
        int w = image.getWidth();
        int h = image.getHeight();
        Optional<String> found = decode(new BufferedImageLuminanceSource(image, w / 2, h / 2, w - w / 2, h - h / 2));
        if (found.isEmpty()) found = decode(new BufferedImageLuminanceSource(image, 0, 0, w / 2, h / 2));
        if (found.isEmpty()) found = decode(new BufferedImageLuminanceSource(image));
        // Module edges that fall between pixels can defeat the decoder; a half-size, averaged copy reads them.
        if (found.isEmpty()) found = decode(new BufferedImageLuminanceSource(halfSize(image)));
        return found;
    }

    private static BufferedImage halfSize(BufferedImage image) {
        BufferedImage half = new BufferedImage(Math.max(1, image.getWidth() / 2), Math.max(1, image.getHeight() / 2), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = half.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, half.getWidth(), half.getHeight(), null);
        g.dispose();
        return half;
    }

    private static Optional<String> decode(LuminanceSource source) {
        try {
            return Optional.of(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), HINTS).getText());
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return Optional.empty();
        }
    }

    private static PDImageXObject largestImage(PDResources resources) throws IOException {
        if (resources == null) return null;
        PDImageXObject best = null;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject img && (best == null
                    || (long) img.getWidth() * img.getHeight() > (long) best.getWidth() * best.getHeight())) {
                best = img;
            }
        }
        // A small image (a logo, the QR itself) is not a scanned page: render the page instead.
        return best != null && best.getWidth() >= 600 ? best : null;
    }

    private static COSName singleFilter(PDImageXObject image) {
        var filters = image.getCOSObject().getFilters();
        if (filters instanceof COSName n) return n;
        if (filters instanceof org.apache.pdfbox.cos.COSArray a && a.size() == 1 && a.get(0) instanceof COSName n) return n;
        return null;
    }

    private static boolean startsWith(byte[] content, String magic) {
        if (content.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if (content[i] != magic.charAt(i)) return false;
        return true;
    }

    static final class TooManyPagesException extends IOException {
        final int pages;

        TooManyPagesException(int pages) {
            super("too many pages: " + pages);
            this.pages = pages;
        }
    }
}
