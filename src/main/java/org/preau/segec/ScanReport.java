package org.preau.segec;

import java.util.List;

/** What a scanned stack gave: one line per page, and how many consents it recorded now. */
public record ScanReport(List<Page> pages, int recorded) {

    public ScanReport {
        pages = List.copyOf(pages);
    }

    public List<Page> unmatched() {
        return pages.stream().filter(p -> p.staffId() == null).toList();
    }

    public List<Page> matched() {
        return pages.stream().filter(p -> p.staffId() != null).toList();
    }

    /** @param staffId null when the page matched nobody; {@code message} then says why */
    public record Page(int number, Long staffId, String who, String message) {
        static Page unmatched(int number, String message) {
            return new Page(number, null, null, message);
        }
    }
}
