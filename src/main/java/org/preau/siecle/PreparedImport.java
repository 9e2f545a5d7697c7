package org.preau.siecle;

import org.preau.learner.MefView;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * An upload read and compared, waiting for confirmation: its preview, and what is needed to
 * write it. Holds no lock and writes nothing; {@link SiecleImports#confirm} compares again
 * inside the write transaction, so that a change made in between is not lost.
 */
public final class PreparedImport {

    final ImportKind kind;
    final long schoolYearId;
    final String fileName;
    final Path file;
    final byte[] content;
    final Instant startedAt;
    final BeeFile bee;
    final List<MefView> mefs;
    /** The nomenclature's subjects (Nomenclature imports only). */
    List<org.preau.staff.NomenclatureSubject> subjects = List.of();
    /**
     * The preview's comparison and the digest of the data it compared with (BEE only): the
     * confirmation writes it as is when the digest has not changed. Dropped once written.
     */
    BeeDiff.Plan plan;
    String planDigest;
    private final ImportPreview preview;
    volatile boolean confirmed;

    PreparedImport(ImportKind kind, long schoolYearId, String fileName, Path file, byte[] content, Instant startedAt,
                   BeeFile bee, List<MefView> mefs, ImportPreview preview) {
        this.kind = kind;
        this.schoolYearId = schoolYearId;
        this.fileName = fileName;
        this.file = file;
        this.content = content;
        this.startedAt = startedAt;
        this.bee = bee;
        this.mefs = mefs;
        this.preview = preview;
    }

    public ImportKind kind() {
        return kind;
    }

    public long schoolYearId() {
        return schoolYearId;
    }

    public ImportPreview preview() {
        return preview;
    }

    /** Whether the file can be written: read without error and not written yet. */
    public boolean confirmable() {
        return !preview.refused() && !confirmed;
    }
}
