package org.preau.staff;

import org.preau.exchange.ExchangeMessage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import would do, computed without writing: the arrivals, the leavers (who lose their
 * function for the year, never deleted), the changes, and the file's own counts and warnings.
 * Confirming it writes exactly this, in one transaction.
 *
 * @param before people of this source with a function in the year before the import (or, on
 *               the first import into a year, in the previous year)
 */
public record StaffImportPreview(StaffImportFile file, long schoolYearId, String schoolYearLabel, StaffSnapshot snapshot,
                                 Map<String, Integer> fileCounts, List<StaffLine> arrivals, List<StaffLine> leavers,
                                 List<StaffChange> changes, int unchanged, int before, int after,
                                 List<ExchangeMessage> warnings) {

    public StaffImportPreview {
        fileCounts = new LinkedHashMap<>(fileCounts);
        arrivals = List.copyOf(arrivals);
        leavers = List.copyOf(leavers);
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    /** True when confirming would change nothing (the same file imported again). */
    public boolean changesNothing() {
        return arrivals.isEmpty() && leavers.isEmpty() && changes.isEmpty();
    }

    /** The counts kept in the exchange history, file counts first. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>(fileCounts);
        counts.put("avant", before);
        counts.put("après", after);
        counts.put("arrivées", arrivals.size());
        counts.put("départs", leavers.size());
        counts.put("modifications", changes.size());
        counts.put("inchangés", unchanged);
        return counts;
    }
}
