package org.preau.bench;

import org.preau.establishment.ImageRefusedException;
import org.preau.establishment.ImageUploads;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

/**
 * How long the logo/cachet check takes (magic bytes, header, decode, re-encode as PNG) for
 * typical and limit-sized uploads, and how fast a header-only refusal of a "pixel bomb" is.
 * Not a test: run it by hand (docs/benchmarks.md).
 */
public final class ImageUploadBenchmark {

    public static void main(String[] args) throws IOException {
        run("logo PNG 400x200", encode(drawing(400, 200), "png"));
        run("scanned cachet JPEG 1200x1200", encode(photo(1200, 1200), "jpeg"));
        Figures.report("image.worst", run("photo JPEG 2000x2000 (limit of 4 Mpx)", encode(photo(2000, 2000), "jpeg")), "ms");
        run("PNG 3000x1333 (limit side)", encode(drawing(3000, 1333), "png"));
        byte[] bomb = encode(new BufferedImage(20_000, 20_000, BufferedImage.TYPE_BYTE_BINARY), "png");
        run("pixel bomb PNG 20000x20000, " + bomb.length / 1024 + " KB (refused from header)", bomb);
    }

    /** Returns the best time in milliseconds. */
    private static double run(String name, byte[] upload) {
        int rounds = 5;
        long best = Long.MAX_VALUE;
        String outcome = "";
        for (int i = 0; i < rounds + 2; i++) {
            long start = System.nanoTime();
            try {
                ImageUploads.Reencoded png = ImageUploads.reencode(upload);
                outcome = "stored " + png.bytes().length / 1024 + " KB";
            } catch (ImageRefusedException e) {
                outcome = "refused: " + e.getMessage();
            }
            long took = System.nanoTime() - start;
            if (i >= 2) best = Math.min(best, took); // two warm-up rounds
        }
        System.out.printf("%-55s upload %6d KB  best of %d: %7.1f ms  %s%n", name, upload.length / 1024, rounds, best / 1e6, outcome);
        return best / 1e6;
    }

    private static BufferedImage drawing(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x1f4e79), w, h, new Color(0xf0c040)));
        g.fillRoundRect(0, 0, w, h, w / 5, h / 5);
        g.dispose();
        return image;
    }

    private static BufferedImage photo(int w, int h) {
        BufferedImage image = drawing(w, h);
        Random random = new Random(7);
        for (int i = 0; i < w * h / 50; i++) image.setRGB(random.nextInt(w), random.nextInt(h), random.nextInt());
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        BufferedImage target = image;
        if (format.equals("jpeg")) {
            target = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            target.getGraphics().drawImage(image, 0, 0, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(target, format, out);
        return out.toByteArray();
    }
}
