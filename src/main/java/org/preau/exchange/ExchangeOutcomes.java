package org.preau.exchange;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Settles an exchange from work that runs without a signed-in user (a retried send to a peer, a
 * scheduled job, a transfer received from another instance). Not reachable from a screen: the
 * caller names the establishment that owns the exchange, and the row must belong to it.
 */
@Service
public class ExchangeOutcomes {

    private final ExchangeRepository exchanges;
    private final ExchangeStore store;
    private final Clock clock;

    ExchangeOutcomes(ExchangeRepository exchanges, ExchangeStore store, Clock clock) {
        this.exchanges = exchanges;
        this.store = store;
        this.clock = clock;
    }

    /** Records an exchange started by the system (e.g. "Préau (tâche planifiée)") for an establishment; returns its id. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long record(long establishmentId, String startedBy, ExchangeRecord record) {
        Exchange exchange = exchanges.save(new Exchange(establishmentId, record, startedBy, clock.instant()));
        if (record.payload() != null) store.savePayload(exchange.getId(), record.payload().content());
        store.saveMessages(exchange.getId(), record.messages());
        return exchange.getId();
    }

    /** Updates the status, summary and counts of an exchange (null: keep what it holds); the messages are appended. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void settle(long establishmentId, long exchangeId, ExchangeStatus status, String summary,
                       Map<String, Integer> counts, List<ExchangeMessage> messages) {
        Exchange exchange = exchanges.findById(exchangeId)
                .filter(e -> e.getEstablishmentId() == establishmentId)
                .orElseThrow(() -> new IllegalArgumentException("Exchange " + exchangeId + " is not one of establishment " + establishmentId));
        exchange.settle(status, summary, counts, clock.instant());
        if (messages != null && !messages.isEmpty()) store.saveMessages(exchangeId, messages);
    }
}
