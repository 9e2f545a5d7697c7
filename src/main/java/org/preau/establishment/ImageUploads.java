package org.preau.establishment;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Turns an uploaded logo or cachet into what Préau stores. The file is read up to a bound (a
 * larger one is refused before it is read whole), its type is taken from its first bytes (PNG
 * or JPEG, whatever its name says), its dimensions from its header before any pixel is decoded,
 * then it is decoded and encoded again as a fresh PNG: metadata, text chunks and anything glued
 * after the image (a polyglot) do not survive.
 */
@Service
public class ImageUploads {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_SIDE = 3000;
    public static final long MAX_PIXELS = 4_000_000L;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final EtablissementImages images;

    ImageUploads(EtablissementImages images) {
        this.images = images;
    }

    /** Checks, re-encodes and stores the upload as the current establishment's image of that kind. */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public StoredImage accept(ImageKind kind, InputStream upload) {
        Reencoded png = reencode(readBounded(upload));
        images.store(kind, png.bytes(), png.width(), png.height());
        return images.current(kind).orElseThrow();
    }

    /** A checked upload encoded again as PNG. */
    public record Reencoded(byte[] bytes, int width, int height) {
    }

    static byte[] readBounded(InputStream upload) {
        try {
            byte[] bytes = upload.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) throw new ImageRefusedException("image.error.tooBig", MAX_BYTES / (1024 * 1024));
            if (bytes.length == 0) throw new ImageRefusedException("image.error.empty");
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks type and dimensions of an upload already read (bounded) and encodes it again as PNG; no storage, no user needed. */
    public static Reencoded reencode(byte[] bytes) {
        String format = startsWith(bytes, PNG) ? "png" : startsWith(bytes, JPEG) ? "jpeg" : null;
        if (format == null) throw new ImageRefusedException("image.error.format");
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) throw new ImageRefusedException("image.error.format");
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                throw new ImageRefusedException("image.error.dimensions", String.valueOf(width), String.valueOf(height),
                        String.valueOf(MAX_SIDE), MAX_PIXELS / 1_000_000);
            }
            BufferedImage decoded = reader.read(0);
            // Drawn onto a plain ARGB image: a fresh raster, whatever colour model or palette the file carried.
            BufferedImage clean = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = clean.createGraphics();
            try {
                g.drawImage(decoded, 0, 0, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(clean, "png", out)) throw new ImageRefusedException("image.error.unreadable");
            return new Reencoded(out.toByteArray(), width, height);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageRefusedException refused) throw refused;
            throw new ImageRefusedException("image.error.unreadable");
        } finally {
            reader.dispose();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
