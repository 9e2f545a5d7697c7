package org.preau.print;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;

/**
 * Is there a signature in a printed form's signature box, on a scan of that form? The box is known
 * in page points from the form's own layout; a mapping from page points to the scan's pixels
 * (from three anchors such as a QR code's finder patterns, or the whole page for a flat scan)
 * finds it on the scan, skewed or upside down. Its share of dark pixels is compared with the same
 * box on the blank form rendered at the scan's resolution: a signature adds ink, a blank box or a
 * light grey paper does not. Also tells a page that is the generated PDF itself (its text layer
 * is the form's text, no scanned picture) from a scan.
 */
public final class SignatureCheck {

    /**
     * More ink than the blank form, as a share of the box: a short initialled signature at 150 dpi
     * darkens about 1 % of the teacher's box; JPEG noise on light grey paper stays under 0.05 %.
     */
    public static final double MIN_EXTRA_INK = 0.004;

    private SignatureCheck() {
    }

    /** A rectangle in PDF points, origin at the bottom left of the page. */
    public record Box(float x, float y, float width, float height) {

        Box inset(float by) {
            return new Box(x + by, y + by, width - 2 * by, height - 2 * by);
        }
    }

    /** Page points to image pixels: {@code ix = a·x + c·y + tx}, {@code iy = b·x + d·y + ty}. */
    public record PageToImage(double a, double b, double c, double d, double tx, double ty) {

        /** Image pixels per page point (the scan's resolution / 72). */
        public double scale() {
            return Math.sqrt(Math.abs(a * d - b * c));
        }

        double ix(double x, double y) {
            return a * x + c * y + tx;
        }

        double iy(double x, double y) {
            return b * x + d * y + ty;
        }

        /** From three non-aligned points known on the page and found on the image. */
        public static PageToImage fromThreePoints(double[] p0, double[] p1, double[] p2, double[] q0, double[] q1, double[] q2) {
            double m11 = p1[0] - p0[0], m21 = p1[1] - p0[1], m12 = p2[0] - p0[0], m22 = p2[1] - p0[1];
            double det = m11 * m22 - m12 * m21;
            if (Math.abs(det) < 1e-9) throw new IllegalArgumentException("aligned anchors");
            double i11 = m22 / det, i12 = -m12 / det, i21 = -m21 / det, i22 = m11 / det;
            double n11 = q1[0] - q0[0], n21 = q1[1] - q0[1], n12 = q2[0] - q0[0], n22 = q2[1] - q0[1];
            double a = n11 * i11 + n12 * i21, c = n11 * i12 + n12 * i22;
            double b = n21 * i11 + n22 * i21, d = n21 * i12 + n22 * i22;
            return new PageToImage(a, b, c, d, q0[0] - a * p0[0] - c * p0[1], q0[1] - b * p0[0] - d * p0[1]);
        }

        /** An upright image of the whole page (a flat scan without anchors). */
        public static PageToImage wholePage(int imageWidth, int imageHeight, float pageWidth, float pageHeight) {
            double sx = imageWidth / (double) pageWidth;
            double sy = imageHeight / (double) pageHeight;
            return new PageToImage(sx, 0, 0, -sy, 0, pageHeight * sy);
        }
    }

    /** Whether a scan's box holds a signature: more ink than the blank form's same box. */
    public static boolean signed(double scanShare, double blankShare) {
        return scanShare - blankShare >= MIN_EXTRA_INK;
    }

    /**
     * The share of dark pixels inside the box (inset by {@code inset} points to leave its border
     * out), sampled once per pixel. "Dark" is relative to the paper: below 55 % of the brightness
     * most of the box has, so a grey background or a dim scan counts as paper.
     */
    public static double inkShare(BufferedImage image, PageToImage map, Box box, float inset) {
        Box inner = box.inset(inset);
        double step = 1 / Math.max(0.1, map.scale());
        Raster raster = image.getRaster();
        boolean gray = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        int[] histogram = new int[256];
        int samples = 0;
        for (double y = inner.y(); y < inner.y() + inner.height(); y += step) {
            for (double x = inner.x(); x < inner.x() + inner.width(); x += step) {
                int px = (int) Math.round(map.ix(x, y));
                int py = (int) Math.round(map.iy(x, y));
                if (px < 0 || py < 0 || px >= image.getWidth() || py >= image.getHeight()) continue;
                int v = gray ? raster.getSample(px, py, 0) : luminance(image.getRGB(px, py));
                histogram[v]++;
                samples++;
            }
        }
        if (samples == 0) return 0;
        int paper = percentile(histogram, samples, 0.8);
        int threshold = (int) (paper * 0.55);
        int dark = 0;
        for (int v = 0; v < threshold; v++) dark += histogram[v];
        return dark / (double) samples;
    }

    /** The ink share of the box on the blank form (a page of {@code pdf}) rendered at {@code dpi}. */
    public static double blankShare(byte[] pdf, int page, Box box, float inset, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY);
            PDPage p = document.getPage(page);
            return inkShare(rendered, PageToImage.wholePage(rendered.getWidth(), rendered.getHeight(),
                    p.getMediaBox().getWidth(), p.getMediaBox().getHeight()), box, inset);
        } catch (IOException e) {
            throw new IllegalStateException("blank form unreadable", e);
        }
    }

    /**
     * True for a page that is a generated PDF rather than a scan: it has a text layer and no
     * picture covering the page. (A scanner's OCR adds text too, but over the page's picture.)
     */
    public static boolean isGeneratedPage(PDDocument document, int pageIndex) throws IOException {
        PDPage page = document.getPage(pageIndex);
        if (hasPageSizedImage(page)) return false;
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        return stripper.getText(document).strip().length() >= 20;
    }

    private static boolean hasPageSizedImage(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) return false;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject img && img.getWidth() >= 600 && img.getHeight() >= 600) return true;
        }
        return false;
    }

    private static int percentile(int[] histogram, int total, double share) {
        long target = (long) Math.ceil(total * share);
        long seen = 0;
        for (int v = 0; v < histogram.length; v++) {
            seen += histogram[v];
            if (seen >= target) return v;
        }
        return 255;
    }

    private static int luminance(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return (r * 299 + g * 587 + b * 114) / 1000;
    }
}
