package org.preau.miroir;

import java.util.List;

/** What a pupil-data file would change, computed without writing. */
public record PupilImportPreview(String fileName, String schoolYear, List<PupilChange> lines) {

    public long newCount() {
        return lines.stream().filter(PupilChange::isNew).count();
    }

    public long changedCount() {
        return lines.stream().filter(l -> !l.isNew() && l.changed()).count();
    }

    public long unchangedCount() {
        return lines.stream().filter(l -> !l.changed()).count();
    }
}
