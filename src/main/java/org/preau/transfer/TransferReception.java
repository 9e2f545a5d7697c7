package org.preau.transfer;

import org.preau.base.Texts;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearView;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeStatus;
import org.preau.learner.LearnerIdentity;
import org.preau.learner.LearnerRecordCopies;
import org.preau.learner.RecordKind;
import org.preau.learner.RecordOrigin;
import org.preau.learner.TransferableRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The destination's side of a transfer, the same for a copy within this instance and for a
 * transfer received from another Préau: the destination's switch must be on, and each learner
 * receives from a given source once. A learner the destination does not know (no SIECLE there) is
 * created from the identity sent, in its year en cours, without division.
 */
@Component
class TransferReception {

    /** What became of a received transfer. */
    sealed interface Outcome permits Received, Refused {
    }

    /** @param repeated true when that learner had already received from that source (nothing written again) */
    record Received(long receivedId, int records, boolean repeated) implements Outcome {
    }

    record Refused(String reason) implements Outcome {
    }

    private final TransferStore store;
    private final LearnerRecordCopies copies;
    private final ModuleSettings modules;
    private final EtablissementService etablissements;
    private final ExchangeOutcomes exchanges;
    private final EtablissementProvisioning provisioning;

    TransferReception(TransferStore store, LearnerRecordCopies copies, ModuleSettings modules, EtablissementService etablissements,
                      ExchangeOutcomes exchanges, EtablissementProvisioning provisioning) {
        this.provisioning = provisioning;
        this.store = store;
        this.copies = copies;
        this.modules = modules;
        this.etablissements = etablissements;
        this.exchanges = exchanges;
    }

    /** What receiving reads: one at a time for a transfer from another instance, read ahead for a batch of the daily job. */
    interface Lookups {
        EtablissementSummary destination(long destinationId);

        boolean switchedOn(long destinationId);

        Optional<LearnerIdentity> byIne(long destinationId, String ine);

        /** A learner just created at the destination: a later transfer of the batch with the same INE finds them. */
        default void created(long destinationId, LearnerIdentity learner) {
        }
    }

    /** A transfer that passed the checks, its learner known or created at the destination. */
    private record Ready(long destinationId, LearnerIdentity learner, boolean created, List<TransferableRecord> records,
                         String sourceUai, String sourceName) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Outcome receive(long destinationId, LearnerTransferBody body, String receivedBy, Instant now) {
        Lookups direct = new Lookups() {
            public EtablissementSummary destination(long id) {
                return etablissements.summary(id).orElseThrow();
            }

            public boolean switchedOn(long id) {
                return modules.isEnabled(id, PreauModule.TRANSFERTS);
            }

            public Optional<LearnerIdentity> byIne(long id, String ine) {
                return copies.byIne(id, ine);
            }
        };
        return receiveAll(List.of(new Incoming(destinationId, body)), direct, receivedBy, now).getFirst();
    }

    /** One transfer of a batch, for its destination. */
    record Incoming(long destinationId, LearnerTransferBody body) {
    }

    /**
     * Receives a batch in the caller's transaction: the checks one by one (with what {@code lookups}
     * read ahead), then the "received once" rows, the records and the history lines of the whole
     * batch in a few statements. The outcomes in the order of {@code incoming}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Outcome> receiveAll(List<Incoming> incoming, Lookups lookups, String receivedBy, Instant now) {
        Object[] outcomes = new Object[incoming.size()];
        List<Integer> readyAt = new java.util.ArrayList<>();
        List<Ready> ready = new java.util.ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            Object checked = check(incoming.get(i).destinationId(), incoming.get(i).body(), lookups, now);
            if (checked instanceof Refused refused) outcomes[i] = refused;
            else {
                readyAt.add(i);
                ready.add((Ready) checked);
            }
        }
        Map<String, Long> inserted = store.receivedAll(ready.stream().map(r -> new TransferStore.NewReceived(r.destinationId(),
                r.learner().id(), r.sourceUai(), r.sourceName(), r.records().size())).toList(), now);
        List<LearnerRecordCopies.Received> records = new java.util.ArrayList<>();
        List<ExchangeOutcomes.Line> lines = new java.util.ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (int k = 0; k < ready.size(); k++) {
            Ready r = ready.get(k);
            String key = TransferStore.receivedKey(r.destinationId(), r.learner().id(), r.sourceUai());
            Long receivedId = inserted.get(key);
            if (receivedId == null || !done.add(key)) {
                // received before: nothing written again
                outcomes[readyAt.get(k)] = new Received(store.receivedId(r.destinationId(), r.learner().id(), r.sourceUai()).orElseThrow(),
                        r.records().size(), true);
                continue;
            }
            records.add(new LearnerRecordCopies.Received(r.destinationId(), r.learner().id(), r.records(),
                    new RecordOrigin(r.sourceUai(), r.sourceName(), now)));
            String learnerName = r.learner().fullName();
            // The history line in the same transaction: a rolled-back reception leaves no "received" line.
            lines.add(new ExchangeOutcomes.Line(r.destinationId(), receivedBy, new ExchangeRecord(ExchangeKind.LEARNER_TRANSFER,
                    ExchangeDirection.IN, null, ExchangeStatus.SUCCESS,
                    Texts.get("transfer.summary.received", learnerName, r.sourceName(), r.sourceUai()), Map.of("records", r.records().size()),
                    r.created() ? List.of(ExchangeMessage.info(Texts.get("transfer.message.received", r.records().size(), r.sourceName())),
                            ExchangeMessage.info(Texts.get("transfer.message.created", learnerName)))
                            : List.of(ExchangeMessage.info(Texts.get("transfer.message.received", r.records().size(), r.sourceName()))),
                    null, now)));
            outcomes[readyAt.get(k)] = new Received(receivedId, r.records().size(), false);
        }
        copies.receiveAll(records);
        exchanges.recordAllInCallerTransaction(lines);
        return java.util.Arrays.stream(outcomes).map(Outcome.class::cast).toList();
    }

    /** A {@link Refused}, or a {@link Ready} (a learner the destination did not know is created here). */
    private Object check(long destinationId, LearnerTransferBody body, Lookups lookups, Instant now) {
        EtablissementSummary destination = lookups.destination(destinationId);
        if (body.destinationUai() == null || !body.destinationUai().equals(destination.code())) {
            return new Refused(Texts.get("transfer.error.notForUs", String.valueOf(body.destinationUai()), destination.code()));
        }
        if (!lookups.switchedOn(destinationId)) {
            return new Refused(Texts.get("transfer.error.destinationOff", destination.name()));
        }
        Optional<LearnerIdentity> learner = lookups.byIne(destinationId, body.ine());
        boolean created = learner.isEmpty();
        if (created) {
            // A destination without SIECLE (a CFA, a GRETA) never knows the learner beforehand: it receives them.
            if (destination.schoolSystem() != SchoolSystem.FR) {
                return new Refused(Texts.get("transfer.error.notFrench", destination.name()));
            }
            if (blank(body.lastName()) || blank(body.firstName())) return new Refused(Texts.get("transfer.error.noIdentity"));
            Optional<SchoolYearView> year = provisioning.yearInProgress(destinationId);
            if (year.isEmpty()) return new Refused(Texts.get("transfer.error.noYear", destination.name()));
            LocalDate today = LocalDate.ofInstant(now, destination.schoolSystem().zone());
            long newLearner = copies.createReceived(destinationId, year.get().id(), year.get().startYear(), body.ine(),
                    cut(body.lastName().strip(), 100), cut(body.firstName().strip(), 100), body.birthDate(), today, now);
            learner = copies.identity(destinationId, newLearner);
            lookups.created(destinationId, learner.get());
        }
        List<TransferableRecord> records = body.records() == null ? List.of() : body.records().stream()
                .map(r -> new TransferableRecord(RecordKind.valueOf(r.kind()), r.date(), orElse(r.author(), body.sourceUai()),
                        orElse(r.authorName(), orElse(r.author(), body.sourceUai())), r.diploma(), r.title(), r.content(), r.createdAt()))
                .toList();
        return new Ready(destinationId, learner.get(), created, records, body.sourceUai(), orElse(body.sourceName(), body.sourceUai()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
