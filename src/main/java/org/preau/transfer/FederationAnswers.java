package org.preau.transfer;

import org.preau.base.Texts;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.Uai;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeStatus;
import org.preau.learner.LearnerIdentity;
import org.preau.learner.LearnerRecordCopies;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * This instance's answers to the other instances of its federation: which establishments it
 * serves, and whether it holds a learner who left with the INE behind a question's hash, in which
 * case it sends that learner's records to the asker through the outbox (once per learner, whatever
 * the number of questions). Only a call signed in as an instance reaches these methods.
 */
@Service
class FederationAnswers {

    private final EtablissementProvisioning provisioning;
    private final ModuleSettings modules;
    private final TransferStore store;
    private final TransferOpening opening;
    private final TransferDelivery delivery;
    private final TransferDirectory directory;
    private final FederationProperties properties;
    private final LearnerRecordCopies copies;
    private final ExchangeOutcomes exchanges;
    private final Clock clock;
    private final java.util.Map<String, Object> refreshLocks = new java.util.concurrent.ConcurrentHashMap<>();
    /** The secret whose hashes are complete in the table (its key id). */
    private volatile String backfilled;

    FederationAnswers(EtablissementProvisioning provisioning, ModuleSettings modules, TransferStore store, TransferOpening opening,
                      TransferDelivery delivery, TransferDirectory directory, FederationProperties properties,
                      LearnerRecordCopies copies, ExchangeOutcomes exchanges, Clock clock) {
        this.provisioning = provisioning;
        this.modules = modules;
        this.store = store;
        this.opening = opening;
        this.delivery = delivery;
        this.directory = directory;
        this.properties = properties;
        this.copies = copies;
        this.exchanges = exchanges;
        this.clock = clock;
    }

    /** {@code GET /api/v1/establishments}: every establishment of this instance. */
    @PreAuthorize("hasRole('FEDERATION')")
    List<TransferDirectory.EtablissementEntry> establishments() {
        return provisioning.all().stream().filter(e -> e.code() != null && !e.code().isBlank())
                .map(e -> new TransferDirectory.EtablissementEntry(e.schoolSystem().name(), e.code(), e.name(),
                        modules.isEnabled(e.id(), PreauModule.TRANSFERTS), store.usesSiecle(e.id())))
                .toList();
    }

    /**
     * {@code POST /api/v1/transfer-requests} from {@code instance}: true (202) when this instance
     * holds a learner who left with that INE, in an establishment whose transfers are on, and the
     * records go (or already went) to {@code destinationUai}; false (204) otherwise.
     */
    @PreAuthorize("hasRole('FEDERATION')")
    boolean answer(String instance, String ineHash, String destinationUai) {
        if (properties.getSecret() == null || properties.getSecret().isBlank()) return false;
        // The asker may only ask for its own establishments: a learner's records go nowhere else.
        if (!directory.codesOf(instance).contains(destinationUai)) {
            // Questions come several at a time: one refresh of the asker, the others wait for it.
            synchronized (refreshLocks.computeIfAbsent(instance, name -> new Object())) {
                if (!directory.codesOf(instance).contains(destinationUai) && !directory.refresh(instance)) {
                    // not "no" but "not now": a 204 would close the question for good
                    throw new FederationUnavailableException();
                }
            }
            if (!directory.codesOf(instance).contains(destinationUai)) return false;
        }
        IneHash hashes = new IneHash(properties.getSecret());
        hashMissing(hashes);
        boolean holds = false;
        for (TransferStore.Departure d : store.departuresByHash(ineHash, hashes.keyId())) {
            if (!modules.isEnabled(d.establishmentId(), PreauModule.TRANSFERTS)) continue;
            Optional<LearnerIdentity> leaver = copies.identity(d.establishmentId(), d.learnerId());
            if (leaver.isEmpty() || leaver.get().active()) continue;
            Optional<TransferStore.Row> existing = store.ofLearner(d.establishmentId(), d.learnerId());
            if (existing.isPresent()) {
                // asked again: the first answer stands, nothing is sent twice
                holds |= existing.get().destinationUai().equals(destinationUai);
                continue;
            }
            Optional<Long> opened = opening.open(d.establishmentId(), leaver.get(), destinationUai, null, null, instance,
                    TransferMode.AUTOMATIC, null, Texts.get("transfer.startedBy.question", instance));
            if (opened.isEmpty()) continue;
            Instant now = clock.instant();
            exchanges.record(d.establishmentId(), Texts.get("transfer.startedBy.question", instance),
                    new ExchangeRecord(ExchangeKind.LEARNER_TRANSFER, ExchangeDirection.IN, null, ExchangeStatus.SUCCESS,
                            Texts.get("transfer.summary.question", instance, leaver.get().fullName(), destinationUai), Map.of(),
                            List.of(ExchangeMessage.info(Texts.get("transfer.message.questionAnswered", instance, destinationUai))),
                            null, now));
            delivery.attempt(opened.get());
            holds = true;
        }
        return holds;
    }

    /**
     * Hashes the departures recorded before the secret was set (or under another secret), once per
     * secret in this process: departures recorded since are hashed as they are recorded.
     */
    private void hashMissing(IneHash hashes) {
        if (hashes.keyId().equals(backfilled)) return;
        synchronized (this) {
            if (hashes.keyId().equals(backfilled)) return;
            List<Object[]> missing = store.unhashedDepartures(hashes.keyId());
            java.util.function.UnaryOperator<String> hash = hashes.hasher();
            List<Object[]> done = new ArrayList<>(missing.size());
            for (Object[] row : missing) done.add(new Object[]{row[0], hash.apply((String) row[1])});
            if (!done.isEmpty()) store.hashed(done, hashes.keyId());
            backfilled = hashes.keyId();
        }
    }

    /** This instance could not check who asks (the asker did not answer its refresh): ask again later. */
    static class FederationUnavailableException extends RuntimeException {
        FederationUnavailableException() {
            super("The asking instance's establishments could not be refreshed");
        }
    }

    static boolean validQuestion(String ineHash, String destinationUai) {
        return IneHash.wellFormed(ineHash) && destinationUai != null && Uai.isValid(destinationUai);
    }
}
