package org.preau.staff;

import java.util.Map;

/** A confirmed import: its row in the exchange history and what it wrote. */
public record StaffImportResult(long exchangeId, String summary, Map<String, Integer> counts) {
}
