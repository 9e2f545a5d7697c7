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

    @Transactional(propagation = Propagation.MANDATORY)
    Outcome receive(long destinationId, LearnerTransferBody body, String receivedBy, Instant now) {
        EtablissementSummary destination = etablissements.summary(destinationId).orElseThrow();
        if (body.destinationUai() == null || !body.destinationUai().equals(destination.code())) {
            return new Refused(Texts.get("transfer.error.notForUs", String.valueOf(body.destinationUai()), destination.code()));
        }
        if (!modules.isEnabled(destinationId, PreauModule.TRANSFERTS)) {
            return new Refused(Texts.get("transfer.error.destinationOff", destination.name()));
        }
        Optional<LearnerIdentity> learner = copies.byIne(destinationId, body.ine());
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
        }
        long learnerId = learner.get().id();
        List<TransferableRecord> records = body.records() == null ? List.of() : body.records().stream()
                .map(r -> new TransferableRecord(RecordKind.valueOf(r.kind()), r.date(), orElse(r.author(), body.sourceUai()),
                        orElse(r.authorName(), orElse(r.author(), body.sourceUai())), r.diploma(), r.title(), r.content(), r.createdAt()))
                .toList();
        String sourceName = orElse(body.sourceName(), body.sourceUai());
        Optional<Long> inserted = store.received(destinationId, learnerId, body.sourceUai(), sourceName, records.size(), now);
        if (inserted.isEmpty()) {
            return new Received(store.receivedId(destinationId, learnerId, body.sourceUai()).orElseThrow(), records.size(), true);
        }
        copies.receive(destinationId, learnerId, records, new RecordOrigin(body.sourceUai(), sourceName, now));
        long receivedId = inserted.get();
        String learnerName = learner.get().fullName();
        // The history row in the same transaction: a rolled-back reception leaves no "received" line, and a
        // batch of transfers (the daily job) writes its lines with its records in one commit.
        exchanges.recordInCallerTransaction(destinationId, receivedBy, new ExchangeRecord(ExchangeKind.LEARNER_TRANSFER,
                ExchangeDirection.IN, null, ExchangeStatus.SUCCESS,
                Texts.get("transfer.summary.received", learnerName, sourceName, body.sourceUai()), Map.of("records", records.size()),
                created ? List.of(ExchangeMessage.info(Texts.get("transfer.message.received", records.size(), sourceName)),
                        ExchangeMessage.info(Texts.get("transfer.message.created", learnerName)))
                        : List.of(ExchangeMessage.info(Texts.get("transfer.message.received", records.size(), sourceName))),
                null, now));
        return new Received(receivedId, records.size(), false);
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
