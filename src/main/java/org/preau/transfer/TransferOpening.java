package org.preau.transfer;

import org.preau.base.Texts;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeStatus;
import org.preau.learner.LearnerIdentity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records a new transfer and its line in the source's exchange history (pending until delivered), in
 * one transaction: the daily job opens a batch of transfers with one commit.
 */
@Component
class TransferOpening {

    /** The consent of a manual transfer; null for an automatic one. */
    record Consent(LocalDate date, ConsentGiver giver, String giverNames, String recordedBy, byte[] form, String formType) {
    }

    private final TransferStore store;
    private final ExchangeOutcomes exchanges;
    private final Clock clock;

    TransferOpening(TransferStore store, ExchangeOutcomes exchanges, Clock clock) {
        this.store = store;
        this.exchanges = exchanges;
        this.clock = clock;
    }

    /** An automatic transfer to open: a learner who left the source and arrived at the destination, both of this instance. */
    record Automatic(long sourceId, LearnerIdentity learner, String destinationUai, long destinationId, String destinationName) {
    }

    /**
     * Opens automatic transfers (the daily job) in the caller's transaction: the transfers, their history
     * lines and the links between them in four statements for the whole batch. A learner who already
     * has a transfer is left out. Returns how many were opened.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int openAutomatic(List<Automatic> transfers, String startedBy) {
        Instant now = clock.instant();
        Map<Long, Long> ids = store.insertAutomatic(transfers.stream().map(t -> new TransferStore.NewAutomatic(t.sourceId(),
                t.learner().id(), t.learner().ine(), t.learner().fullName(), t.destinationUai(), t.destinationId())).toList(), now);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        // one line per transfer, even if a learner came twice in the batch
        List<Automatic> opened = transfers.stream().filter(t -> ids.containsKey(t.learner().id()) && seen.add(t.learner().id())).toList();
        String consentLine = Texts.get("transfer.message.consentAutomatic");
        List<Long> exchangeIds = exchanges.recordAllInCallerTransaction(opened.stream().map(t -> new ExchangeOutcomes.Line(t.sourceId(),
                startedBy, new ExchangeRecord(ExchangeKind.LEARNER_TRANSFER, ExchangeDirection.OUT, null, ExchangeStatus.PENDING,
                Texts.get("transfer.summary.opened", t.learner().fullName(), t.destinationName() == null ? t.destinationUai()
                        : t.destinationName(), t.destinationUai(), Texts.get(TransferMode.AUTOMATIC.translationKey())),
                Map.of(), List.of(ExchangeMessage.info(consentLine)), null, now))).toList());
        Map<Long, Long> exchangeByTransfer = new java.util.LinkedHashMap<>();
        for (int i = 0; i < opened.size(); i++) exchangeByTransfer.put(ids.get(opened.get(i).learner().id()), exchangeIds.get(i));
        store.exchanges(exchangeByTransfer);
        return opened.size();
    }

    /** Empty when the learner already has a transfer (sent once, never again). */
    @Transactional
    Optional<Long> open(long sourceId, LearnerIdentity learner, String destinationUai, Long destinationId, String destinationName,
                        TransferMode mode, Consent consent, String startedBy) {
        return open(sourceId, learner, destinationUai, destinationId, destinationName, null, mode, consent, startedBy);
    }

    /** @param destinationInstance the instance of the federation that asked for the learner, or null */
    @Transactional
    Optional<Long> open(long sourceId, LearnerIdentity learner, String destinationUai, Long destinationId, String destinationName,
                        String destinationInstance, TransferMode mode, Consent consent, String startedBy) {
        Instant now = clock.instant();
        Optional<Long> id = store.insert(sourceId, learner.id(), learner.ine(), learner.fullName(), destinationUai, destinationId, mode,
                consent == null ? null : consent.date(), consent == null ? null : consent.giver(),
                consent == null ? null : consent.giverNames(), consent == null ? null : consent.recordedBy(),
                consent == null ? null : consent.form(), consent == null ? null : consent.formType(), destinationInstance, now);
        id.ifPresent(transferId -> {
            String consentLine = consent == null
                    ? Texts.get("transfer.message.consentAutomatic")
                    : Texts.get("transfer.message.consentManual", Texts.get(consent.giver().translationKey()),
                    consent.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), consent.recordedBy());
            long exchangeId = exchanges.recordInCallerTransaction(sourceId, startedBy, new ExchangeRecord(ExchangeKind.LEARNER_TRANSFER,
                    ExchangeDirection.OUT, null, ExchangeStatus.PENDING,
                    Texts.get("transfer.summary.opened", learner.fullName(), destinationName == null ? destinationUai : destinationName,
                            destinationUai, Texts.get(mode.translationKey())),
                    Map.of(), List.of(ExchangeMessage.info(consentLine)), null, now));
            store.exchange(transferId, exchangeId);
        });
        return id;
    }
}
