package org.preau.exchange;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
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

    private final TransactionTemplate ownTransaction;

    ExchangeOutcomes(ExchangeRepository exchanges, ExchangeStore store, Clock clock, PlatformTransactionManager transactions) {
        this.exchanges = exchanges;
        this.store = store;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records an exchange started by the system (e.g. "Préau (tâche planifiée)") for an establishment; returns its id. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long record(long establishmentId, String startedBy, ExchangeRecord record) {
        Exchange exchange = exchanges.save(new Exchange(establishmentId, record, startedBy, clock.instant()));
        if (record.payload() != null) store.savePayload(exchange.getId(), record.payload().content());
        store.saveNewMessages(exchange.getId(), record.messages());
        return exchange.getId();
    }

    /**
     * Like {@link #record}, but in the caller's transaction: a batch of many short pieces of work
     * (the daily transfer job) writes its history with its data in one commit, and a rolled-back
     * piece leaves no line.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long recordInCallerTransaction(long establishmentId, String startedBy, ExchangeRecord record) {
        Exchange exchange = exchanges.save(new Exchange(establishmentId, record, startedBy, clock.instant()));
        if (record.payload() != null) store.savePayload(exchange.getId(), record.payload().content());
        store.saveNewMessages(exchange.getId(), record.messages());
        return exchange.getId();
    }

    /** One exchange of a batch: the establishment that owns it, who started it, what it is. */
    public record Line(long establishmentId, String startedBy, ExchangeRecord record) {
    }

    /**
     * Like {@link #recordInCallerTransaction} for many exchanges at once (a few statements for the
     * whole batch); returns their ids in the order of the lines.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> recordAllInCallerTransaction(List<Line> lines) {
        List<Long> ids = store.insertAll(lines.stream()
                .map(l -> new Exchange(l.establishmentId(), l.record(), l.startedBy(), clock.instant())).toList());
        Map<Long, List<ExchangeMessage>> messages = new java.util.LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            ExchangeRecord record = lines.get(i).record();
            if (record.payload() != null) store.savePayload(ids.get(i), record.payload().content());
            messages.put(ids.get(i), record.messages());
        }
        store.saveNewMessages(messages);
        return ids;
    }

    /**
     * Like {@link #settle}, but in the caller's transaction and without retry: a concurrent
     * settlement makes the caller's transaction fail, and the caller does its work again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void settleInCallerTransaction(long establishmentId, long exchangeId, ExchangeStatus status, String summary,
                                          Map<String, Integer> counts, List<ExchangeMessage> messages) {
        settleOnce(establishmentId, exchangeId, status, summary, counts, messages);
    }

    /**
     * Updates the status, summary and counts of an exchange (null: keep what it holds); the messages
     * are appended. In a transaction of its own; when another settlement of the same exchange
     * committed in between (its version moved), the whole settlement is read and made again.
     */
    public void settle(long establishmentId, long exchangeId, ExchangeStatus status, String summary,
                       Map<String, Integer> counts, List<ExchangeMessage> messages) {
        for (int attempt = 1; ; attempt++) {
            try {
                ownTransaction.executeWithoutResult(tx -> settleOnce(establishmentId, exchangeId, status, summary, counts, messages));
                return;
            } catch (ConcurrencyFailureException concurrent) {
                // the other settlement committed first (version moved), or InnoDB chose this one to undo in a deadlock
                if (attempt >= MAX_ATTEMPTS) throw concurrent;
            }
        }
    }

    private static final int MAX_ATTEMPTS = 10;

    private void settleOnce(long establishmentId, long exchangeId, ExchangeStatus status, String summary,
                            Map<String, Integer> counts, List<ExchangeMessage> messages) {
        Exchange exchange = exchanges.findById(exchangeId)
                .filter(e -> e.getEstablishmentId() == establishmentId)
                .orElseThrow(() -> new IllegalArgumentException("Exchange " + exchangeId + " is not one of establishment " + establishmentId));
        exchange.settle(status, summary, counts, clock.instant());
        // the row first: a concurrent settlement then waits on its lock instead of both inserting messages first
        exchanges.saveAndFlush(exchange);
        if (messages != null && !messages.isEmpty()) store.saveMessages(exchangeId, messages);
    }
}
