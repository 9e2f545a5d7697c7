package org.preau.transfer;

import org.preau.base.PersonalDataAccessed;
import org.springframework.context.ApplicationEventPublisher;
import org.preau.base.Texts;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangeStatus;
import org.preau.learner.LearnerIdentity;
import org.preau.learner.LearnerRecordCopies;
import org.preau.peer.PeerDeliveries;
import org.preau.peer.PeerKind;
import org.preau.peer.PeerRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Delivers one pending transfer: a copy in the database when the destination is an establishment
 * of this instance, a send through the peer outbox otherwise. The transfer row is locked for the
 * whole attempt, and only a PENDING row is attempted, so two runs (two nodes, "run now" during the
 * daily job) never deliver it twice.
 */
@Component
class TransferDelivery {

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

    TransferDelivery(TransferStore store, TransferReception reception, LearnerRecordCopies copies, EtablissementService etablissements,
                     PeerDeliveries peers, ExchangeOutcomes exchanges, PlatformTransactionManager transactions,
                     ApplicationEventPublisher events, Clock clock) {
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

    /** What one attempt did, for the exchange history (settled once the attempt committed). */
    private record Attempt(TransferStore.Row row, boolean delivered, boolean sent, String reason, int records) {
    }

    /** Attempts the transfer if it is pending; returns true when it was delivered by this call. */
    boolean attempt(long transferId) {
        Attempt attempt = transaction.execute(tx -> attemptLocked(transferId));
        if (attempt == null || attempt.row().exchangeId() == null) return attempt != null && attempt.delivered();
        TransferStore.Row row = attempt.row();
        if (attempt.delivered()) {
            exchanges.settle(row.establishmentId(), row.exchangeId(), ExchangeStatus.SUCCESS,
                    Texts.get("transfer.summary.delivered", row.learnerName(), destinationLabel(row)), Map.of("records", attempt.records()),
                    List.of(ExchangeMessage.info(Texts.get("transfer.message.delivered", attempt.records()))));
        } else if (!attempt.sent() && !Objects.equals(attempt.reason(), row.reason())) {
            // A new reason only: a transfer waiting for weeks does not fill its history with the same line.
            exchanges.settle(row.establishmentId(), row.exchangeId(), null, null, null,
                    List.of(ExchangeMessage.warning(Texts.get("transfer.message.waiting", attempt.reason()), null)));
        }
        return attempt.delivered();
    }

    /** "CFA des métiers (0179001S)" within this instance, the UAI alone for another instance. */
    String destinationLabel(TransferStore.Row row) {
        return row.destinationEstablishmentId() == null ? row.destinationUai()
                : etablissements.summary(row.destinationEstablishmentId()).map(e -> e.name() + " (" + row.destinationUai() + ")")
                .orElse(row.destinationUai());
    }

    private Attempt attemptLocked(long transferId) {
        TransferStore.Row row = store.lock(transferId).orElse(null);
        if (row == null || row.status() != TransferStatus.PENDING) return null;
        Instant now = clock.instant();
        EtablissementSummary source = etablissements.summary(row.establishmentId()).orElseThrow();
        LearnerIdentity learner = copies.identity(row.establishmentId(), row.learnerId()).orElse(null);
        if (learner == null) {
            store.stillPending(row.id(), Texts.get("transfer.error.learnerGone"), now);
            return new Attempt(row, false, false, Texts.get("transfer.error.learnerGone"), 0);
        }
        List<LearnerTransferBody.Item> items = copies.records(row.establishmentId(), row.learnerId()).stream()
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
            events.publishEvent(new PersonalDataAccessed(row.establishmentId(), Texts.get("transfer.startedBy.job"),
                    PersonalDataAccessed.Subject.LEARNER, row.learnerId(), PersonalDataAccessed.Action.API_EXPORT, row.destinationUai()));
            return new Attempt(row, false, true, null, items.size());
        }
        TransferReception.Outcome outcome = reception.receive(row.destinationEstablishmentId(), body,
                Texts.get("transfer.startedBy.from"), now);
        return switch (outcome) {
            case TransferReception.Received r -> {
                store.delivered(row.id(), r.records(), now);
                yield new Attempt(row, true, false, null, r.records());
            }
            case TransferReception.Refused r -> {
                store.stillPending(row.id(), r.reason(), now);
                yield new Attempt(row, false, false, r.reason(), 0);
            }
        };
    }
}
