package org.preau.miroir;

import java.util.List;

/**
 * What a capital-périodes file would change, computed without writing.
 *
 * @param added   lines of the file the stored capital does not have
 * @param removed stored lines the file no longer has
 */
public record CapitalPreview(String fileName, String schoolYear, List<CapitalLine> lines, int allotmentLines,
                             int attributionLines, int periodsAllotted, int periodsAttributed, int added, int removed) {

    public boolean unchanged() {
        return added == 0 && removed == 0;
    }
}
