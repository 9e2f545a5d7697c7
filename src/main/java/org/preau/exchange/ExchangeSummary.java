package org.preau.exchange;

import java.time.Instant;
import java.util.Map;

/** A row of the exchange history. */
public record ExchangeSummary(long id, ExchangeKind kind, ExchangeDirection direction, Long schoolYearId,
                              ExchangeStatus status, Instant startedAt, Instant finishedAt, String startedBy,
                              String summary, Map<String, Integer> counts, String payloadName, Long payloadSize,
                              String startedByName) {

    /** Who started it, by name when it was recorded, else by username (older rows, background work). */
    public String who() {
        return startedByName != null && !startedByName.isBlank() ? startedByName : startedBy;
    }
}
