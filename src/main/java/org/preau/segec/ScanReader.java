package org.preau.segec;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
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
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Reads the QR codes of a scanned stack: a multi-page PDF (one scanned image per page, as copiers
 * make them) or one image. A scanned page's image is taken as it is stored (JPEG bytes copied and
 * decoded in parallel) rather than rendered, which is several times faster; a page without an
 * image is rendered at 150 dpi. The QR is sought in the bottom-right quarter first (where the form
 * prints it), then the top-left (a page fed upside down), then the whole page. Each page whose QR
 * is found is handed, with its picture and the QR's corners, to an {@link Inspector} (the
 * signature check) on the worker thread, so that no page's picture is kept. A page that is a
 * generated PDF (text, no scanned picture) is reported as not a scan and not read further.
 */
final class ScanReader {

    static final int MAX_PAGES = 1000;
    private static final int WORKERS = 2;
    /** Pages copied and not yet read: enough to keep both workers busy, few enough to hold little. */
    private static final int IN_FLIGHT = 2 * WORKERS;

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private ScanReader() {
    }

    /** What a page is: signed, unsigned, the generated PDF rather than a scan, or not checked (no QR, or not a form's). */
    enum Verdict { SIGNED, UNSIGNED, NOT_A_SCAN, UNCHECKED }

    /** One page: its QR payload (empty when none was readable) and the verdict on it. */
    record PageRead(Optional<String> payload, Verdict verdict) {
    }

    /**
     * Looks at a page whose QR was found: the picture, and the QR's corners on it (bottom-left,
     * top-left, top-right). The picture is reused for the worker's next page: keep nothing of it.
     */
    interface Inspector {
        Verdict inspect(String payload, BufferedImage image, ResultPoint[] corners);
    }

    /** A QR code found on a picture, with its finder patterns' centres in the picture's pixels. */
    record Found(String text, ResultPoint[] corners) {
    }

    /** The QR payload of every page, in order, without any signature check (tests, tools). */
    static List<Optional<String>> read(String fileName, byte[] content) throws IOException {
        return read(fileName, content, (payload, image, corners) -> Verdict.UNCHECKED).stream().map(PageRead::payload).toList();
    }

    static List<PageRead> read(String fileName, byte[] content, Inspector inspector) throws IOException {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".pdf") || startsWith(content, "%PDF")) return readPdf(content, inspector);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
        if (image == null) throw new IOException("not an image");
        return List.of(inspect(image, inspector));
    }

    private static PageRead inspect(BufferedImage image, Inspector inspector) {
        return inspect(image, inspector, new Workspace());
    }

    private static PageRead inspect(BufferedImage image, Inspector inspector, Workspace workspace) {
        Optional<Found> found = locate(image, workspace);
        if (found.isEmpty()) return new PageRead(Optional.empty(), Verdict.UNCHECKED);
        return new PageRead(Optional.of(found.get().text()), inspector.inspect(found.get().text(), image, found.get().corners()));
    }

    /**
     * One page after the other: this thread copies a page's JPEG bytes (PDDocument is
     * single-threaded) and hands them to the two workers, never more than {@link #IN_FLIGHT} pages
     * ahead of them; each worker decodes into its own reused picture. A stack used to have every
     * page's bytes copied at once and a picture plus a luminance copy allocated per page (2.7 MB
     * at 150 dpi, each a "humongous" object that goes straight to the old generation), which
     * filled a 200 MB heap's old generation during a 100-page scan.
     */
    private static List<PageRead> readPdf(byte[] content, Inspector inspector) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "segec-scan");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);
        Semaphore room = new Semaphore(IN_FLIGHT);
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.getNumberOfPages() > MAX_PAGES) throw new TooManyPagesException(pdf.getNumberOfPages());
            List<Future<PageRead>> pages = new ArrayList<>();
            PDFRenderer renderer = null;
            int index = 0;
            for (PDPage page : pdf.getPages()) {
                room.acquire();
                PDImageXObject image = largestImage(page.getResources());
                Callable<PageRead> work;
                if (image == null && org.preau.print.SignatureCheck.isGeneratedPage(pdf, index)) {
                    // The printed PDF uploaded as it is: its QR is genuine, but nobody signed it.
                    PageRead notAScan = new PageRead(Optional.empty(), Verdict.NOT_A_SCAN);
                    work = () -> notAScan;
                } else if (image != null && COSName.DCT_DECODE.equals(singleFilter(image))) {
                    // JPEG: copy the raw bytes here, decode in the pool into the worker's picture.
                    byte[] jpeg;
                    try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                        jpeg = raw.readAllBytes();
                    }
                    work = () -> {
                        Workspace workspace = workspaces.get();
                        return inspect(workspace.decode(jpeg), inspector, workspace);
                    };
                } else if (image != null) {
                    BufferedImage decoded = image.getImage();
                    work = () -> inspect(decoded, inspector, workspaces.get());
                } else {
                    if (renderer == null) renderer = new PDFRenderer(pdf);
                    BufferedImage rendered = renderer.renderImageWithDPI(index, 150, ImageType.GRAY);
                    work = () -> inspect(rendered, inspector, workspaces.get());
                }
                pages.add(pool.submit(() -> {
                    try {
                        return work.call();
                    } finally {
                        room.release();
                    }
                }));
                index++;
            }
            List<PageRead> result = new ArrayList<>(pages.size());
            for (Future<PageRead> f : pages) result.add(f.get());
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
        return locate(image).map(Found::text);
    }

    /** The QR code of a picture with its corners in the picture's pixels (crops and the half-size copy put back in place). */
    static Optional<Found> locate(BufferedImage image) {
        return locate(image, new Workspace());
    }

    private static Optional<Found> locate(BufferedImage image, Workspace workspace) {
        if (image == null) return Optional.empty();
        int w = image.getWidth();
        int h = image.getHeight();
        Optional<Found> found = decode(new PictureLuminance(image, w / 2, h / 2, w - w / 2, h - h / 2, workspace), w / 2, h / 2, 1);
        if (found.isEmpty()) found = decode(new PictureLuminance(image, 0, 0, w / 2, h / 2, workspace), 0, 0, 1);
        if (found.isEmpty()) found = decode(new PictureLuminance(image, 0, 0, w, h, workspace), 0, 0, 1);
        // Module edges that fall between pixels can defeat the decoder; a half-size, averaged copy reads them.
        if (found.isEmpty()) found = decode(new BufferedImageLuminanceSource(halfSize(image)), 0, 0, 2);
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

    private static Optional<Found> decode(LuminanceSource source, int left, int top, int scale) {
        try {
            Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), HINTS);
            ResultPoint[] points = result.getResultPoints();
            ResultPoint[] corners = new ResultPoint[Math.min(3, points.length)];
            for (int i = 0; i < corners.length; i++) {
                corners[i] = new ResultPoint(left + points[i].getX() * scale, top + points[i].getY() * scale);
            }
            return Optional.of(new Found(result.getText(), corners));
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

    /**
     * What one worker reuses from page to page: the decoded picture (2.2 MB for an A4 page at
     * 150 dpi in greys, 6.5 MB in colour) and the luminance arrays of its crops.
     */
    static final class Workspace {
        private BufferedImage picture;
        private final Map<Integer, byte[]> luminances = new HashMap<>();

        /** The JPEG decoded into this worker's picture when the size and kind match the previous page's, else into a new one. */
        BufferedImage decode(byte[] jpeg) throws IOException {
            try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) return null;
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    int width = reader.getWidth(0);
                    int height = reader.getHeight(0);
                    ImageTypeSpecifier type = reader.getImageTypes(0).next();
                    int kind = type.getBufferedImageType();
                    ImageReadParam param = reader.getDefaultReadParam();
                    if (kind != BufferedImage.TYPE_CUSTOM) {
                        if (picture == null || picture.getWidth() != width || picture.getHeight() != height || picture.getType() != kind) {
                            picture = type.createBufferedImage(width, height);
                        }
                        param.setDestination(picture);
                    }
                    return reader.read(0, param);
                } finally {
                    reader.dispose();
                }
            }
        }

        byte[] luminance(int size) {
            return luminances.computeIfAbsent(size, byte[]::new);
        }
    }

    /**
     * A crop of a picture as the QR decoder reads it, the luminance array taken from the worker's
     * {@link Workspace} (ZXing's own source copies each crop into a new array). Greys are copied as
     * they are, colours weighed as ZXing does.
     */
    private static final class PictureLuminance extends LuminanceSource {
        private final BufferedImage picture;
        private final int left;
        private final int top;
        private final Workspace workspace;
        private final byte[] greys;
        private final int greysOffset;
        private final int stride;
        private int[] rgb;

        PictureLuminance(BufferedImage picture, int left, int top, int width, int height, Workspace workspace) {
            super(width, height);
            this.picture = picture;
            this.left = left;
            this.top = top;
            this.workspace = workspace;
            var raster = picture.getRaster();
            if (picture.getType() == BufferedImage.TYPE_BYTE_GRAY && raster.getDataBuffer() instanceof DataBufferByte bytes
                    && raster.getSampleModel() instanceof ComponentSampleModel model && model.getPixelStride() == 1
                    && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0) {
                greys = bytes.getData();
                greysOffset = bytes.getOffset();
                stride = model.getScanlineStride();
            } else {
                greys = null;
                greysOffset = 0;
                stride = 0;
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            if (row == null || row.length < getWidth()) row = new byte[getWidth()];
            copyRow(y, row, 0);
            return row;
        }

        @Override
        public byte[] getMatrix() {
            int width = getWidth();
            byte[] matrix = workspace.luminance(width * getHeight());
            for (int y = 0; y < getHeight(); y++) copyRow(y, matrix, y * width);
            return matrix;
        }

        private void copyRow(int y, byte[] out, int offset) {
            int width = getWidth();
            if (greys != null) {
                System.arraycopy(greys, greysOffset + (top + y) * stride + left, out, offset, width);
                return;
            }
            if (rgb == null) rgb = new int[width];
            picture.getRGB(left, top + y, width, 1, rgb, 0, width);
            for (int x = 0; x < width; x++) {
                int pixel = rgb[x];
                out[offset + x] = (pixel >>> 24) == 0 ? (byte) 0xFF : (byte) ((306 * ((pixel >> 16) & 0xFF)
                        + 601 * ((pixel >> 8) & 0xFF) + 117 * (pixel & 0xFF) + 0x200) >> 10);
            }
        }
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
