package org.preau.exchange.ui;

import org.preau.base.Texts;
import org.preau.exchange.ExchangeSummary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

    /** The counts with their French names ("Élèves dans le fichier : 41"), never the stored key. */
    static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> countName(e.getKey()) + " : " + e.getValue()).collect(Collectors.joining(", "));
    }

    /**
     * Imports store their counts under a key ("eleves_in_file") named in the import screen's texts;
     * other exchanges under a key of their own; some features store a French name already ("départs").
     */
    static String countName(String key) {
        for (String prefix : COUNT_PREFIXES) {
            String text = Texts.get(prefix + key);
            if (!text.startsWith("!")) return text;
        }
        return key.replace('_', ' ');
    }

    private static final List<String> COUNT_PREFIXES = List.of("exchange.count.", "import.count.");

    static String year(ExchangeSummary e, Map<Long, String> labels) {
        return e.schoolYearId() == null ? "" : labels.getOrDefault(e.schoolYearId(), "");
    }
}
