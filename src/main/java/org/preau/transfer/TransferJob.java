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
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

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
    private final AtomicInteger runs = new AtomicInteger();

    TransferJob(TransferStore store, TransferOpening opening, TransferDelivery delivery, LearnerRecordCopies learners,
                ModuleSettings modules, EtablissementService etablissements, FederationQuestions questions) {
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
        match();
        // arrivals whose records are held by another instance: that instance sends them
        questions.ask();
        for (long id : store.pending()) delivery.attempt(id);
    }

    /** How many runs started on this node (tests check that a locked run did not start). */
    int runs() {
        return runs.get();
    }

    private void match() {
        for (TransferStore.Match m : store.unmatchedDepartures()) {
            if (!modules.isEnabled(m.sourceEstablishmentId(), PreauModule.TRANSFERTS)
                    || !modules.isEnabled(m.destinationEstablishmentId(), PreauModule.TRANSFERTS)) continue;
            Optional<LearnerIdentity> leaver = learners.identity(m.sourceEstablishmentId(), m.sourceLearnerId());
            Optional<LearnerIdentity> arrival = learners.identity(m.destinationEstablishmentId(), m.destinationLearnerId());
            // back in the source since, or gone again from the destination: nothing to send (yet)
            if (leaver.isEmpty() || leaver.get().active() || arrival.isEmpty() || !arrival.get().active()) continue;
            EtablissementSummary destination = etablissements.summary(m.destinationEstablishmentId()).orElseThrow();
            opening.open(m.sourceEstablishmentId(), leaver.get(), destination.code(), destination.id(), destination.name(),
                    TransferMode.AUTOMATIC, null, Texts.get("transfer.startedBy.job"));
        }
    }
}
