package org.preau.transfer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.preau.base.Texts;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.learner.LearnerIdentity;
import org.preau.learner.LearnerRecordCopies;
import org.springframework.scheduling.annotation.Scheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The daily run: matches learners who left an establishment with arrivals of the same INE in
 * another (both switches on), asks the other instances of the federation about the arrivals, then
 * attempts every pending transfer. One node at a time (ShedLock);
 * a run that finds the lock taken does nothing, the running one does the work.
 */
@Component
class TransferJob {

    static final String LOCK = "learner-transfers";

    private final TransferStore store;
    private final TransferOpening opening;
    private final TransferDelivery delivery;
    private final LearnerRecordCopies learners;
    private final ModuleSettings modules;
    private final EtablissementService etablissements;
    private final FederationQuestions questions;
    private final TransactionTemplate transaction;
    private final AtomicInteger runs = new AtomicInteger();
    private static final Logger log = LoggerFactory.getLogger(TransferJob.class);

    TransferJob(TransferStore store, TransferOpening opening, TransferDelivery delivery, LearnerRecordCopies learners,
                ModuleSettings modules, EtablissementService etablissements, FederationQuestions questions,
                PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.questions = questions;
        this.store = store;
        this.opening = opening;
        this.delivery = delivery;
        this.learners = learners;
        this.modules = modules;
        this.etablissements = etablissements;
    }

    @Scheduled(cron = "${preau.transfers.cron:0 30 3 * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT2H")
    public void run() {
        runs.incrementAndGet();
        long start = System.nanoTime();
        int opened = match();
        long matched = System.nanoTime();
        // arrivals whose records are held by another instance: that instance sends them
        questions.ask();
        long asked = System.nanoTime();
        List<Long> pending = store.pending();
        int delivered = delivery.attemptAll(pending);
        log.info("Transfer run: {} opened in {} ms, questions {} ms, {} of {} pending delivered in {} ms", opened,
                (matched - start) / 1_000_000, (asked - matched) / 1_000_000, delivered, pending.size(),
                (System.nanoTime() - asked) / 1_000_000);
    }

    /** How many runs started on this node (tests check that a locked run did not start). */
    int runs() {
        return runs.get();
    }

    /**
     * Opens a transfer for every departure matched with an arrival, {@value #BATCH} per transaction
     * (the reads of a batch in a few queries). A batch that fails is opened again one departure per
     * transaction, so that one failure never keeps the others from opening.
     */
    private int match() {
        List<TransferStore.Match> matches = store.unmatchedDepartures();
        int opened = 0;
        for (int from = 0; from < matches.size(); from += BATCH) {
            List<TransferStore.Match> batch = matches.subList(from, Math.min(matches.size(), from + BATCH));
            try {
                opened += transaction.execute(tx -> open(batch));
            } catch (RuntimeException batchFailed) {
                log.warn("Opening of transfers failed for a batch, opened again one by one: {}", batchFailed.toString());
                for (TransferStore.Match m : batch) {
                    try {
                        opened += transaction.execute(tx -> open(List.of(m)));
                    } catch (RuntimeException failed) {
                        log.error("Transfer of learner {} of establishment {} not opened, tried again at the next run",
                                m.sourceLearnerId(), m.sourceEstablishmentId(), failed);
                    }
                }
            }
        }
        return opened;
    }

    private static final int BATCH = 100;

    private int open(List<TransferStore.Match> batch) {
        Map<Long, Boolean> switchedOn = new HashMap<>();
        Map<Long, EtablissementSummary> summaries = new HashMap<>();
        java.util.function.LongPredicate on = id -> switchedOn.computeIfAbsent(id, k -> modules.isEnabled(k, PreauModule.TRANSFERTS));
        List<TransferStore.Match> wanted = batch.stream()
                .filter(m -> on.test(m.sourceEstablishmentId()) && on.test(m.destinationEstablishmentId())).toList();
        Map<Long, Map<Long, LearnerIdentity>> identities = new HashMap<>();
        wanted.stream().collect(Collectors.groupingBy(TransferStore.Match::sourceEstablishmentId,
                        Collectors.mapping(TransferStore.Match::sourceLearnerId, Collectors.toSet())))
                .forEach((id, learnerIds) -> identities.computeIfAbsent(id, k -> new HashMap<>()).putAll(learners.identities(id, learnerIds)));
        wanted.stream().collect(Collectors.groupingBy(TransferStore.Match::destinationEstablishmentId,
                        Collectors.mapping(TransferStore.Match::destinationLearnerId, Collectors.toSet())))
                .forEach((id, learnerIds) -> identities.computeIfAbsent(id, k -> new HashMap<>()).putAll(learners.identities(id, learnerIds)));
        List<TransferOpening.Automatic> toOpen = new java.util.ArrayList<>();
        for (TransferStore.Match m : wanted) {
            LearnerIdentity leaver = identities.get(m.sourceEstablishmentId()).get(m.sourceLearnerId());
            LearnerIdentity arrival = identities.get(m.destinationEstablishmentId()).get(m.destinationLearnerId());
            // back in the source since, or gone again from the destination: nothing to send (yet)
            if (leaver == null || leaver.active() || arrival == null || !arrival.active()) continue;
            EtablissementSummary destination = summaries.computeIfAbsent(m.destinationEstablishmentId(),
                    id -> etablissements.summary(id).orElseThrow());
            toOpen.add(new TransferOpening.Automatic(m.sourceEstablishmentId(), leaver, destination.code(), destination.id(),
                    destination.name()));
        }
        int opened = opening.openAutomatic(toOpen, Texts.get("transfer.startedBy.job"));
        return opened;
    }
}
