package org.preau.exchange.ui;

import org.preau.exchange.ExchangeSummary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/** How the exchange screens write an exchange's time, counts and year, in French. */
final class ExchangeTexts {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ExchangeTexts() {
    }

    static String when(Instant instant, ZoneId zone) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }

    static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " : " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String year(ExchangeSummary e, Map<Long, String> labels) {
        return e.schoolYearId() == null ? "" : labels.getOrDefault(e.schoolYearId(), "");
    }
}
