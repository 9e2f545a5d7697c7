package org.preau.pupil;

import java.util.List;
import java.util.Map;

/**
 * What a pupil CSV brings into the school year: arrivals, leavers (deactivated, never deleted),
 * changes, warnings (possible duplicates, new implantations) and the pupils per class after it.
 *
 * @param written    whether this is the result of a confirmation (else a preview: nothing written)
 * @param exchangeId the row of the exchange history of a confirmation, else null
 */
public record PupilImportPreview(String fileName, String schoolYear, int lines, List<Line> arrivals, List<Line> leavers,
                                 List<Line> changes, int unchanged, List<PupilFileRefusedException.Problem> warnings,
                                 Map<String, Integer> perClass, boolean written, Long exchangeId) {

    /** One pupil of a list: the file's line (0 when the pupil is not in the file), name, what happens. */
    public record Line(long line, String name, String detail) {
    }

    public int activeAfter() {
        return perClass.values().stream().mapToInt(Integer::intValue).sum();
    }
}
