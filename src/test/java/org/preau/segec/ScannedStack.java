package org.preau.segec;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a copier makes of printed forms, for tests and the benchmark: each page rendered at
 * 150 dpi in greys, saved as a JPEG and packed into an image-only PDF, one scan per page.
 */
public final class ScannedStack {

    private ScannedStack() {
    }

    /**
     * The pages of a PDF as clean greyscale JPEG scans at 150 dpi (white paper, no skew, no noise),
     * with a pen signature in the teacher's box of the pages {@code signed} accepts.
     */
    public static List<byte[]> scanPages(byte[] pdf, int maxPages, java.util.function.IntPredicate signed) {
        java.util.Random random = new java.util.Random(maxPages);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<byte[]> pages = new ArrayList<>();
            for (int i = 0; i < Math.min(maxPages, document.getNumberOfPages()); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, 150, ImageType.GRAY);
                if (signed.test(i)) sign(page, 150, random);
                pages.add(jpeg(page));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a copier makes of forms that were signed or not: each page rendered at {@code dpi},
     * a pen signature drawn in the teacher's box of the pages {@code signed} accepts, the paper a
     * light grey, the sheet turned by {@code skewDegrees}, noise added, saved as a JPEG.
     */
    public static List<byte[]> scanPages(byte[] pdf, int maxPages, int dpi, java.util.function.IntPredicate signed, double skewDegrees,
                                         long seed) {
        java.util.Random random = new java.util.Random(seed);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<byte[]> pages = new ArrayList<>();
            for (int i = 0; i < Math.min(maxPages, document.getNumberOfPages()); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                if (signed.test(i)) sign(page, dpi, random);
                pages.add(jpeg(paper(page, skewDegrees, random)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hand-written-looking scribble in the teacher's signature box (below its label). */
    static void sign(BufferedImage page, int dpi, java.util.Random random) {
        double k = dpi / 72.0;
        var box = SegecAuthorisationPdf.TEACHER_SIGNATURE;
        double left = (box.x() + 15) * k;
        double width = (box.width() - 60) * k;
        double top = (PDRectangle.A4.getHeight() - box.y() - box.height() + 25) * k;
        double height = (box.height() - 40) * k;
        java.awt.Graphics2D g = page.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new java.awt.Color(30, 30, 60));
        g.setStroke(new java.awt.BasicStroke((float) (1.2 * k), java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));
        java.awt.geom.Path2D path = new java.awt.geom.Path2D.Double();
        double x = left;
        double y = top + height * (0.3 + 0.4 * random.nextDouble());
        path.moveTo(x, y);
        int strokes = 3 + random.nextInt(3);
        for (int s = 0; s < strokes; s++) {
            double nx = Math.min(left + width, x + width / strokes * (0.8 + 0.4 * random.nextDouble()));
            path.curveTo(x + (nx - x) * 0.3, top + random.nextDouble() * height, x + (nx - x) * 0.7, top + random.nextDouble() * height,
                    nx, top + height * (0.2 + 0.6 * random.nextDouble()));
            x = nx;
        }
        g.draw(path);
        g.dispose();
    }

    /** Light grey paper (about 86 % white), the sheet turned a little, noise of a copier. */
    static BufferedImage paper(BufferedImage page, double skewDegrees, java.util.Random random) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(skewDegrees), out.getWidth() / 2.0, out.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        var raster = out.getRaster();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                double v = raster.getSample(x, y, 0) * 220.0 / 255 + random.nextGaussian() * 10;
                raster.setSample(x, y, 0, (int) Math.max(0, Math.min(255, v)));
            }
        }
        return out;
    }

    /** The first page rendered at 150 dpi. */
    public static BufferedImage render(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(page, 150, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image-only PDF, one A4 page per JPEG. */
    public static byte[] pack(List<byte[]> jpegs) {
        try (PDDocument document = new PDDocument()) {
            for (byte[] jpeg : jpegs) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject image = JPEGFactory.createFromByteArray(document, jpeg);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] jpeg(BufferedImage image) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.6f);
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
