package org.preau.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;
import java.util.function.Consumer;

/**
 * The upload widget in French, one file at a time, with its size limit and accepted types. The
 * limit here only spares the user a useless transfer: the server checks it again while reading.
 */
public final class FrenchUpload {

    private static final long MB = 1024 * 1024;

    private FrenchUpload() {
    }

    /**
     * Sets the French texts, the limits and what a refused file says.
     *
     * @param maxBytes  the largest file accepted
     * @param rejected  told the French reason when the browser refuses a file (too big, wrong type)
     * @param accepted  extensions and MIME types, such as {@code ".csv"}
     */
    public static void configure(Upload upload, long maxBytes, Consumer<String> rejected, String... accepted) {
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        if (accepted.length > 0) upload.setAcceptedFileTypes(accepted);
        upload.setI18n(texts(upload, maxBytes));
        upload.addFileRejectedListener(e -> rejected.accept(upload.getTranslation("upload.rejected", megabytes(maxBytes))));
    }

    /** The widget's own texts (buttons, errors, progress, units) in French. */
    public static UploadI18N texts(Component c, long maxBytes) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("upload.add")).setMany(c.getTranslation("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("upload.drop")).setMany(c.getTranslation("upload.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("upload.tooMany"))
                        .setFileIsTooBig(c.getTranslation("upload.tooBig", megabytes(maxBytes)))
                        .setIncorrectFileType(c.getTranslation("upload.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation("upload.connecting"))
                                .setStalled(c.getTranslation("upload.stalled")).setProcessing(c.getTranslation("upload.processing"))
                                .setHeld(c.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(c.getTranslation("upload.remaining"))
                                .setUnknown(c.getTranslation("upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(c.getTranslation("upload.serverUnavailable"))
                                .setUnexpectedServerError(c.getTranslation("upload.serverError"))
                                .setForbidden(c.getTranslation("upload.forbidden"))))
                .setFile(new UploadI18N.File().setRemove(c.getTranslation("upload.remove"))
                        .setRetry(c.getTranslation("upload.retry")).setStart(c.getTranslation("upload.start")))
                .setUnits(new UploadI18N.Units(List.of("o", "ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo")));
    }

    /** The limit in whole megabytes for a message ("5 Mo au plus"), never 0. */
    public static long megabytes(long bytes) {
        return Math.max(1, bytes / MB);
    }
}
