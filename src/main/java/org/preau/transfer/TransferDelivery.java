package org.preau.transfer;

import org.preau.base.PersonalDataAccessed;
import org.springframework.context.ApplicationEventPublisher;
import org.preau.base.Texts;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangeStatus;
import org.preau.learner.LearnerIdentity;
import org.preau.learner.LearnerRecordCopies;
import org.preau.learner.TransferableRecord;
import org.preau.peer.PeerDeliveries;
import org.preau.peer.PeerKind;
import org.preau.peer.PeerRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Delivers one pending transfer: a copy in the database when the destination is an establishment
 * of this instance, a send through the peer outbox otherwise. The transfer row is locked for the
 * whole attempt, and only a PENDING row is attempted, so two runs (two nodes, "run now" during the
 * daily job) never deliver it twice.
 */
@Component
class TransferDelivery {

    private static final Logger log = LoggerFactory.getLogger(TransferDelivery.class);

    static final String PURPOSE = "transfer.learner";
    static final String PATH = "/api/v1/learner-transfers";

    private final TransferStore store;
    private final TransferReception reception;
    private final LearnerRecordCopies copies;
    private final EtablissementService etablissements;
    private final PeerDeliveries peers;
    private final ExchangeOutcomes exchanges;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ModuleSettings modules;

    TransferDelivery(TransferStore store, TransferReception reception, LearnerRecordCopies copies, EtablissementService etablissements,
                     PeerDeliveries peers, ExchangeOutcomes exchanges, PlatformTransactionManager transactions,
                     ApplicationEventPublisher events, Clock clock, ModuleSettings modules) {
        this.modules = modules;
        this.store = store;
        this.reception = reception;
        this.copies = copies;
        this.etablissements = etablissements;
        this.peers = peers;
        this.exchanges = exchanges;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /** What one attempt did; the audit event is published once its transaction committed. */
    private record Attempt(TransferStore.Row row, boolean delivered, PersonalDataAccessed audit) {
    }

    /** What a batch reads in one query each instead of one per transfer. */
    private record Reads(Map<Long, EtablissementSummary> sources, Map<Long, Map<Long, LearnerIdentity>> learners,
                         Map<Long, Map<Long, List<TransferableRecord>>> records) {
    }

    /** Attempts the transfer if it is pending; returns true when it was delivered by this call. A failure is thrown. */
    boolean attempt(long transferId) {
        return attemptBatch(List.of(transferId)) == 1;
    }

    /**
     * Attempts these transfers in batches of {@value #BATCH}, each batch in one transaction (one commit,
     * the reads of the batch in a few queries). A failure never costs the others: the failed batch is
     * attempted again one transfer per transaction, and a transfer that still fails stays pending,
     * logged, for the next run. Returns how many were delivered.
     */
    int attemptAll(List<Long> transferIds) {
        int delivered = 0;
        for (int from = 0; from < transferIds.size(); from += BATCH) {
            List<Long> batch = transferIds.subList(from, Math.min(transferIds.size(), from + BATCH));
            try {
                delivered += attemptBatch(batch);
            } catch (RuntimeException batchFailed) {
                log.warn("Transfer batch {}..{} failed, attempted again one by one: {}", batch.getFirst(), batch.getLast(),
                        batchFailed.toString());
                for (long id : batch) {
                    try {
                        delivered += attemptBatch(List.of(id));
                    } catch (RuntimeException failed) {
                        log.error("Transfer {} failed, left pending for the next run", id, failed);
                    }
                }
            }
        }
        return delivered;
    }

    static final int BATCH = 100;

    private int attemptBatch(List<Long> ids) {
        List<Attempt> attempts = transaction.execute(tx -> {
            List<TransferStore.Row> rows = store.lockAll(ids).stream().filter(r -> r.status() == TransferStatus.PENDING).toList();
            Reads reads = read(rows);
            List<Attempt> done = new ArrayList<>(rows.size());
            List<Incoming> local = new ArrayList<>();
            for (TransferStore.Row row : rows) {
                Object prepared = prepare(row, reads);
                if (prepared instanceof Attempt a) done.add(a);
                else local.add((Incoming) prepared);
            }
            done.addAll(receiveLocal(local));
            return done;
        });
        int delivered = 0;
        for (Attempt a : attempts) {
            if (a.audit() != null) events.publishEvent(a.audit());
            if (a.delivered()) delivered++;
        }
        return delivered;
    }

    /** A transfer to an establishment of this instance, ready to be received there. */
    private record Incoming(TransferStore.Row row, LearnerTransferBody body) {
    }

    /** The local transfers of a batch received together: the destination's look-ups read ahead, the writes in a few statements. */
    private List<Attempt> receiveLocal(List<Incoming> local) {
        if (local.isEmpty()) return List.of();
        Instant now = clock.instant();
        Map<Long, EtablissementSummary> destinations = new HashMap<>();
        Map<Long, Boolean> switchedOn = new HashMap<>();
        Map<Long, Map<String, LearnerIdentity>> byIne = new HashMap<>();
        local.stream().collect(Collectors.groupingBy(i -> i.row().destinationEstablishmentId(),
                        Collectors.mapping(i -> i.body().ine(), Collectors.toList())))
                .forEach((destination, ines) -> byIne.put(destination, new HashMap<>(copies.byInes(destination, ines))));
        TransferReception.Lookups lookups = new TransferReception.Lookups() {
            public EtablissementSummary destination(long id) {
                return destinations.computeIfAbsent(id, k -> etablissements.summary(k).orElseThrow());
            }

            public boolean switchedOn(long id) {
                return switchedOn.computeIfAbsent(id, k -> modules.isEnabled(k, PreauModule.TRANSFERTS));
            }

            public Optional<LearnerIdentity> byIne(long id, String ine) {
                return Optional.ofNullable(ine == null ? null : byIne.getOrDefault(id, Map.of()).get(ine));
            }

            public void created(long id, LearnerIdentity learner) {
                byIne.computeIfAbsent(id, k -> new HashMap<>()).put(learner.ine(), learner);
            }
        };
        List<TransferReception.Outcome> outcomes = reception.receiveAll(local.stream()
                .map(i -> new TransferReception.Incoming(i.row().destinationEstablishmentId(), i.body())).toList(), lookups,
                Texts.get("transfer.startedBy.from"), now);
        List<Attempt> attempts = new ArrayList<>(local.size());
        Map<Long, Integer> delivered = new java.util.LinkedHashMap<>();
        for (int k = 0; k < local.size(); k++) {
            TransferStore.Row row = local.get(k).row();
            switch (outcomes.get(k)) {
                case TransferReception.Received r -> {
                    delivered.put(row.id(), r.records());
                    if (row.exchangeId() != null) {
                        exchanges.settleInCallerTransaction(row.establishmentId(), row.exchangeId(), ExchangeStatus.SUCCESS,
                                Texts.get("transfer.summary.delivered", row.learnerName(), destinationLabel(row)),
                                Map.of("records", r.records()),
                                List.of(ExchangeMessage.info(Texts.get("transfer.message.delivered", r.records()))));
                    }
                    attempts.add(new Attempt(row, true, null));
                }
                case TransferReception.Refused r -> {
                    store.stillPending(row.id(), r.reason(), now);
                    waiting(row, r.reason());
                    attempts.add(new Attempt(row, false, null));
                }
            }
        }
        store.deliveredAll(delivered, now);
        return attempts;
    }

    private Reads read(List<TransferStore.Row> rows) {
        Map<Long, EtablissementSummary> sources = new HashMap<>();
        Map<Long, Map<Long, LearnerIdentity>> learners = new HashMap<>();
        Map<Long, Map<Long, List<TransferableRecord>>> records = new HashMap<>();
        Map<Long, List<Long>> bySource = rows.stream().collect(Collectors.groupingBy(TransferStore.Row::establishmentId,
                Collectors.mapping(TransferStore.Row::learnerId, Collectors.toList())));
        bySource.forEach((source, learnerIds) -> {
            sources.put(source, etablissements.summary(source).orElseThrow());
            learners.put(source, copies.identities(source, learnerIds));
            records.put(source, copies.records(source, learnerIds));
        });
        return new Reads(sources, learners, records);
    }

    /** One transfer, its row locked, in the batch's transaction: an {@link Attempt} when done here, an {@link Incoming} when local. */
    private Object prepare(TransferStore.Row row, Reads reads) {
        Instant now = clock.instant();
        EtablissementSummary source = reads.sources().get(row.establishmentId());
        LearnerIdentity learner = reads.learners().get(row.establishmentId()).get(row.learnerId());
        if (learner == null) {
            store.stillPending(row.id(), Texts.get("transfer.error.learnerGone"), now);
            waiting(row, Texts.get("transfer.error.learnerGone"));
            return new Attempt(row, false, null);
        }
        List<LearnerTransferBody.Item> items = reads.records().get(row.establishmentId()).getOrDefault(row.learnerId(), List.of()).stream()
                .map(r -> new LearnerTransferBody.Item(r.kind().name(), r.title(), r.date(), r.content(), r.author(), r.authorName(),
                        r.diploma(), r.createdAt()))
                .toList();
        LearnerTransferBody body = new LearnerTransferBody(learner.ine(), learner.nom(), learner.prenom(), learner.dateNaissance(),
                source.code(), source.name(), row.destinationUai(),
                new LearnerTransferBody.Consent(row.createdAt(), row.consentRecordedBy() == null ? Texts.get("transfer.startedBy.job")
                        : row.consentRecordedBy(), row.mode().consentKind()), items);
        if (row.destinationEstablishmentId() == null) {
            String target = row.destinationInstance() != null ? row.destinationInstance() : row.destinationUai();
            peers.send(new PeerRequest(PeerKind.PREAU, row.establishmentId(), target, PURPOSE, String.valueOf(row.id()),
                    row.exchangeId(), "POST", PATH, body, false));
            store.sending(row.id(), items.size(), now);
            // The learner's data leave the instance through another Préau's API: audited like any export.
            return new Attempt(row, false, new PersonalDataAccessed(row.establishmentId(), Texts.get("transfer.startedBy.job"),
                    PersonalDataAccessed.Subject.LEARNER, row.learnerId(), PersonalDataAccessed.Action.API_EXPORT, row.destinationUai()));
        }
        return new Incoming(row, body);
    }

    /** A new reason only: a transfer waiting for weeks does not fill its history with the same line. */
    private void waiting(TransferStore.Row row, String reason) {
        if (row.exchangeId() == null || Objects.equals(reason, row.reason())) return;
        exchanges.settleInCallerTransaction(row.establishmentId(), row.exchangeId(), null, null, null,
                List.of(ExchangeMessage.warning(Texts.get("transfer.message.waiting", reason), null)));
    }

    /** "CFA des métiers (0179001S)" within this instance, the UAI alone for another instance. */
    String destinationLabel(TransferStore.Row row) {
        return row.destinationEstablishmentId() == null ? row.destinationUai()
                : etablissements.summary(row.destinationEstablishmentId()).map(e -> e.name() + " (" + row.destinationUai() + ")")
                .orElse(row.destinationUai());
    }
}
