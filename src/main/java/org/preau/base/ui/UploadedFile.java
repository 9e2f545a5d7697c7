package org.preau.base.ui;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A received upload, kept in a temporary file until written, cancelled or left. */
public record UploadedFile(String name, Path path, long size) {

    /** The whole content (already bounded by the limit while receiving). */
    public byte[] bytes() {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LoggerFactory.getLogger(UploadedFile.class).warn("Could not delete the uploaded file {}", path);
        }
    }
}
