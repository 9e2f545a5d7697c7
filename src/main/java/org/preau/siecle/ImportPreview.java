package org.preau.siecle;

import org.preau.exchange.ExchangeMessage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an import would do (before confirmation) or did (after): exact counts, the lists of
 * arrivals, leavers and changes, warnings, and — for a refused file — the errors with their
 * location. The HTTP API answers it as JSON.
 *
 * @param counts      named counts, in a stable order ({@code arrivals}, {@code leavers}, …)
 * @param perDivision active pupils per division (BEE only)
 * @param arrivals    pupils new to the establishment (or new MEFs)
 * @param leavers     pupils deactivated (or MEFs absent from the file, kept)
 * @param changes     pupils whose name, division or MEF changes (or changed MEFs)
 * @param written     whether this is the report of a confirmed import
 */
public record ImportPreview(ImportKind kind, String fileName, Integer fileYear, LocalDate exportDate, boolean refused,
                            String summary, Map<String, Integer> counts, Map<String, Integer> perDivision,
                            List<PreviewLine> arrivals, List<PreviewLine> leavers, List<PreviewLine> changes,
                            List<ExchangeMessage> warnings, List<ExchangeMessage> errors, boolean written) {

    public int count(String name) {
        return counts.getOrDefault(name, 0);
    }

    ImportPreview asWritten() {
        return new ImportPreview(kind, fileName, fileYear, exportDate, refused, summary, counts, perDivision, arrivals, leavers,
                changes, warnings, errors, true);
    }
}
