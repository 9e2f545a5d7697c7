package org.preau.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads an upload without ever holding more than a limit: the size is checked while reading,
 * before the whole body is in memory or on disk, so a huge or endless body costs at most the limit.
 */
public final class BoundedInput {

    private static final int BUFFER = 64 * 1024;

    private BoundedInput() {
    }

    /** The bytes, or empty when the stream holds more than {@code maxBytes}. */
    public static Optional<byte[]> readAtMost(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return copy(in, out, maxBytes) ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    /** Copies into a file; false (and a partial file the caller deletes) when the stream holds more than {@code maxBytes}. */
    public static boolean copyAtMost(InputStream in, Path target, long maxBytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            return copy(in, out, maxBytes);
        }
    }

    private static boolean copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) return false;
            out.write(buffer, 0, n);
        }
        return true;
    }
}
