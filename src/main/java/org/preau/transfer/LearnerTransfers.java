package org.preau.transfer;

import org.preau.base.PersonalDataAccessed;
import org.preau.base.Texts;
import org.preau.establishment.EstablishmentProvisioning;
import org.preau.establishment.EstablishmentSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.Uai;
import org.preau.learner.LearnerIdentity;
import org.preau.learner.LearnerRecordCopies;
import org.preau.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The screens' side of the transfers, always for the signed-in user's establishment: the list of
 * learners who left, the director's manual transfer with its consent, the printable consent form,
 * "run now", and what was sent and received.
 */
@Service
public class LearnerTransfers {

    /** Where a destination UAI leads: an establishment of this instance, or another Préau. */
    public record Destination(String uai, Long establishmentId, String name) {
        public boolean local() {
            return establishmentId != null;
        }
    }

    /** The current establishment's transfers after a run. */
    public record RunSummary(long pending, long delivered) {
    }

    private final TransferStore store;
    private final TransferOpening opening;
    private final TransferDelivery delivery;
    private final TransferJob job;
    private final TransferDirectory directory;
    private final TransferProperties properties;
    private final ConsentFormPdf consentForm;
    private final LearnerRecordCopies learners;
    private final ModuleSettings modules;
    private final EtablissementService etablissements;
    private final EstablishmentProvisioning provisioning;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearnerTransfers(TransferStore store, TransferOpening opening, TransferDelivery delivery, TransferJob job,
                     TransferDirectory directory, TransferProperties properties, ConsentFormPdf consentForm,
                     LearnerRecordCopies learners, ModuleSettings modules, EtablissementService etablissements,
                     EstablishmentProvisioning provisioning, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.opening = opening;
        this.delivery = delivery;
        this.job = job;
        this.directory = directory;
        this.properties = properties;
        this.consentForm = consentForm;
        this.learners = learners;
        this.modules = modules;
        this.etablissements = etablissements;
        this.provisioning = provisioning;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Apprenants transférables (non automatisable): learners who left and whose data have not left yet. */
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<TransferableLearner> transferable() {
        modules.requireEnabled(PreauModule.TRANSFERTS);
        long establishmentId = currentUser.establishmentId();
        Set<Long> sent = store.sentBy(establishmentId).stream().map(TransferStore.Row::learnerId).collect(Collectors.toSet());
        return learners.left(establishmentId).stream()
                .filter(l -> !sent.contains(l.id()))
                .map(l -> new TransferableLearner(l.id(), l.nom(), l.prenom(), l.ine(), l.dateNaissance(), l.exitDate(), l.leftAt()))
                .toList();
    }

    /** Checks a destination UAI as the director typed it; refused with a French message. */
    @PreAuthorize("hasRole('DIRECTOR')")
    public Destination destination(String typed) {
        String uai = Uai.normalise(typed);
        if (uai == null || uai.isEmpty()) throw new TransferRefusedException("transfer.error.uaiMissing");
        if (!Uai.hasValidFormat(uai)) throw new TransferRefusedException("transfer.error.uaiFormat", uai);
        if (!Uai.isValid(uai)) throw new TransferRefusedException("transfer.error.uaiLetter", uai, Uai.checkLetter(uai.substring(0, 7)));
        EstablishmentSummary self = etablissements.summary(currentUser.establishmentId()).orElseThrow();
        if (uai.equals(self.code())) throw new TransferRefusedException("transfer.error.self", uai);
        Optional<EstablishmentSummary> here = provisioning.findByCode(uai).filter(e -> e.schoolSystem() == SchoolSystem.FR);
        if (here.isPresent()) return new Destination(uai, here.get().id(), here.get().name());
        if (directory.knows(uai)) return new Destination(uai, null, null);
        throw new TransferRefusedException("transfer.error.uaiUnknown", uai);
    }

    /**
     * Records a manual transfer with its consent and tries to deliver it at once; a destination that
     * cannot receive yet (switched off, learner unknown there, down) leaves it pending, retried daily.
     */
    @PreAuthorize("hasRole('DIRECTOR')")
    public TransferView transfer(ManualTransferRequest request) {
        modules.requireEnabled(PreauModule.TRANSFERTS);
        long establishmentId = currentUser.establishmentId();
        LearnerIdentity learner = learners.identity(establishmentId, request.learnerId())
                .orElseThrow(() -> new AccessDeniedException("Learner " + request.learnerId() + " is not of establishment " + establishmentId));
        if (learner.active()) throw new TransferRefusedException("transfer.error.active", learner.fullName());
        if (learner.ine() == null || learner.ine().isBlank()) throw new TransferRefusedException("transfer.error.noIne", learner.fullName());
        if (store.ofLearner(establishmentId, learner.id()).isPresent()) {
            throw new TransferRefusedException("transfer.error.already", learner.fullName());
        }
        Destination destination = destination(request.destinationUai());
        if (request.consentDate() == null || request.givenBy() == null) {
            throw new TransferRefusedException("transfer.error.consent", learner.fullName());
        }
        if (request.consentDate().isAfter(LocalDate.now(clock))) throw new TransferRefusedException("transfer.error.consentFuture");
        ConsentScan.Accepted scan = request.scan() == null || request.scan().length == 0 ? null
                : ConsentScan.read(request.scan(), properties.getConsentFormMaxBytes());
        String recordedBy = currentUser.require().displayName();
        String giverNames = request.giverNames() == null || request.giverNames().isBlank() ? null : request.giverNames().strip();
        if (giverNames != null && giverNames.length() > 300) giverNames = giverNames.substring(0, 300);
        long id = opening.open(establishmentId, learner, destination.uai(), destination.establishmentId(), destination.name(),
                        TransferMode.MANUAL, new TransferOpening.Consent(request.consentDate(), request.givenBy(), giverNames, recordedBy,
                                scan == null ? null : scan.content(), scan == null ? null : scan.contentType()), currentUser.username())
                .orElseThrow(() -> new TransferRefusedException("transfer.error.already", learner.fullName()));
        delivery.attempt(id);
        return view(store.find(id).orElseThrow());
    }

    /** The consent form to print for a learner who left (the destination filled in when known). */
    @PreAuthorize("hasRole('DIRECTOR')")
    public byte[] consentForm(long learnerId, String destinationUai) {
        modules.requireEnabled(PreauModule.TRANSFERTS);
        long establishmentId = currentUser.establishmentId();
        LearnerIdentity learner = learners.identity(establishmentId, learnerId)
                .orElseThrow(() -> new AccessDeniedException("Learner " + learnerId + " is not of establishment " + establishmentId));
        String uai = Uai.normalise(destinationUai);
        byte[] pdf = consentForm.render(establishmentId, learner, Uai.isValid(uai) ? uai : null, LocalDate.now(clock));
        audit(PersonalDataAccessed.Subject.LEARNER, learnerId, PersonalDataAccessed.Action.DOWNLOAD, Texts.get("transfer.download.consentForm"));
        return pdf;
    }

    /** The scanned signed form of a transfer of the current establishment. */
    @PreAuthorize("hasRole('DIRECTOR')")
    public Optional<byte[]> scannedConsent(long transferId) {
        Optional<byte[]> scan = store.consentForm(currentUser.establishmentId(), transferId);
        scan.ifPresent(bytes -> store.find(transferId).ifPresent(row ->
                audit(PersonalDataAccessed.Subject.LEARNER, row.learnerId(), PersonalDataAccessed.Action.DOWNLOAD, Texts.get("transfer.download.consentScan"))));
        return scan;
    }

    /**
     * Withdraws the consent of a transfer of the current establishment (Registre des
     * consentements): the transfer is never attempted again. What a destination already received
     * stays there: it is that establishment's data now.
     */
    @PreAuthorize("hasRole('DIRECTOR')")
    public boolean withdrawConsent(long transferId) {
        return store.withdrawConsent(currentUser.establishmentId(), transferId, currentUser.username(), clock.instant());
    }

    /** The withdrawn transfer consents of the current establishment. */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<ConsentWithdrawal> consentWithdrawals() {
        return store.withdrawals(currentUser.establishmentId());
    }

    /** Runs the daily job now (once across nodes: when it is already running, this call waits for nothing and does nothing). */
    @PreAuthorize("hasRole('DIRECTOR')")
    public RunSummary runNow() {
        modules.requireEnabled(PreauModule.TRANSFERTS);
        job.run();
        List<TransferStore.Row> rows = store.sentBy(currentUser.establishmentId());
        return new RunSummary(rows.stream().filter(r -> r.status() != TransferStatus.DELIVERED).count(),
                rows.stream().filter(r -> r.status() == TransferStatus.DELIVERED).count());
    }

    /** The transfers the current establishment sent, newest first. */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<TransferView> sent() {
        return store.sentBy(currentUser.establishmentId()).stream().map(this::view).toList();
    }

    /** The transfer of that learner of the current establishment, if any (learner page). */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'TEACHER')")
    public Optional<TransferView> ofLearner(long learnerId) {
        return store.ofLearner(currentUser.establishmentId(), learnerId).map(this::view);
    }

    /** What that learner of the current establishment received from other establishments (learner page). */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'TEACHER')")
    public List<ReceivedTransferView> receivedBy(long learnerId) {
        List<ReceivedTransferView> received = store.receivedBy(currentUser.establishmentId(), learnerId);
        if (!received.isEmpty()) {
            // Records that came from another establishment are read here: the journal says so, with their source.
            audit(PersonalDataAccessed.Subject.LEARNER, learnerId, PersonalDataAccessed.Action.RECEIVED_TRANSFER_OPENED,
                    received.stream().map(ReceivedTransferView::sourceUai).distinct().collect(Collectors.joining(", ")));
        }
        return received;
    }

    private void audit(PersonalDataAccessed.Subject subject, long id, PersonalDataAccessed.Action action, String through) {
        events.publishEvent(new PersonalDataAccessed(currentUser.establishmentId(), currentUser.username(), subject, id, action, through));
    }

    private TransferView view(TransferStore.Row r) {
        String destinationName = r.destinationEstablishmentId() == null ? null
                : etablissements.summary(r.destinationEstablishmentId()).map(EstablishmentSummary::name).orElse(null);
        return new TransferView(r.id(), r.learnerId(), r.learnerName(), r.ine(), r.destinationUai(), destinationName, r.mode(),
                r.status(), r.reason(), r.attempts(), r.consentDate(), r.consentGiver(), r.consentGiverNames(),
                r.consentRecordedBy(), r.hasConsentForm(), r.createdAt(), r.deliveredAt(), r.recordsSent());
    }
}
