package org.preau.exchange;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a feature reports of one exchange.
 *
 * @param schoolYearId the year it belongs to, or null
 * @param summary      one French sentence for the history list
 * @param counts       named counts ("arrivals" → 6), shown in the detail, in this order
 * @param payload      the original file or payload, or null
 * @param startedAt    when the work began (null: now)
 */
public record ExchangeRecord(ExchangeKind kind, ExchangeDirection direction, Long schoolYearId, ExchangeStatus status,
                             String summary, Map<String, Integer> counts, List<ExchangeMessage> messages,
                             ExchangePayload payload, Instant startedAt) {

    public ExchangeRecord {
        counts = counts == null ? Map.of() : new LinkedHashMap<>(counts);
        messages = messages == null ? List.of() : List.copyOf(messages);
    }
}
