package org.preau.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.preau.base.BoundedInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload received into a temporary file, never past the limit: the browser's own limit can be
 * bypassed, so the server stops reading at the limit and says the file was too big. (A factory, not
 * a subclass of {@link Upload}: the browserless tests find the widget's methods on its own class.)
 */
final class BoundedUpload {

    /** Told on the UI thread what arrived, and whether it stayed within the limit. */
    interface Arrival {
        void received(UploadedFile file, boolean withinLimit);
    }

    private BoundedUpload() {
    }

    static Upload create(long maxBytes, Arrival arrival) {
        return new Upload((UploadHandler) event -> {
            UI ui = event.getUI();
            Path received = Files.createTempFile("preau-upload-", ".tmp");
            boolean within;
            try (InputStream in = event.getInputStream()) {
                within = BoundedInput.copyAtMost(in, received, maxBytes);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(received);
                throw e;
            }
            UploadedFile file = new UploadedFile(event.getFileName(), received, Files.size(received));
            ui.access(() -> arrival.received(file, within));
        });
    }
}
