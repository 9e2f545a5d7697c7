package org.preau.establishment;

import java.time.Instant;

/** A logo or cachet as stored: PNG bytes re-encoded by Préau, never the uploaded file itself. */
public record StoredImage(ImageKind kind, byte[] png, int width, int height, Instant updatedAt, String updatedBy) {
}
