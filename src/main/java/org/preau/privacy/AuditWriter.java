package org.preau.privacy;

import org.preau.base.PersonalDataAccessed;
import org.preau.base.PersonalDataAccesses;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Writes the audit row at the moment of the read, in a transaction of its own: the read's own
 * transaction is often read-only, and a read that happened stays recorded even if its caller
 * later fails. Synchronous on purpose: if the row cannot be written, the read fails with it.
 */
@Component
class AuditWriter {

    private final AuditStore store;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditWriter(AuditStore store, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @EventListener
    void on(PersonalDataAccessed event) {
        ownTransaction.executeWithoutResult(status -> store.append(event, clock.instant()));
    }

    @EventListener
    void on(PersonalDataAccesses event) {
        if (event.each().isEmpty()) return;
        ownTransaction.executeWithoutResult(status -> store.appendAll(event.each(), clock.instant()));
    }
}
