package org.preau.transfer;

import org.preau.establishment.EtablissementClock;
import org.preau.base.PersonalDataAccessed;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.Uai;
import org.preau.base.Texts;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeStatus;
import org.preau.learner.LearnerIdentity;
import org.preau.learner.LearnerRecordCopies;
import org.preau.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    /**
     * Where a destination UAI leads: an establishment of this instance, or of another instance of
     * the federation ({@code instance}).
     *
     * @param automatic its transfers are on and it imports SIECLE: the learner will move by itself
     *                  after its import, never by hand
     */
    public record Destination(String uai, Long establishmentId, String name, String instance, boolean automatic) {
        public boolean local() {
            return establishmentId != null;
        }
    }

    /** An instance of the federation as Paramètres › Transferts shows it. */
    public record InstanceView(String name, String baseUrl, boolean configured, boolean reachable, Instant refreshedAt,
                               Instant triedAt, String error, List<String> establishments) {
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
    private final TransferConsentPdf consentForm;
    private final LearnerRecordCopies learners;
    private final ModuleSettings modules;
    private final EtablissementService etablissements;
    private final EtablissementProvisioning provisioning;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EtablissementClock establishmentClock;
    private RecordsPdf recordsPdf;
    private FederationStore federationStore;
    private ExchangeOutcomes exchanges;

    @org.springframework.beans.factory.annotation.Autowired
    void federation(RecordsPdf recordsPdf, FederationStore federationStore, ExchangeOutcomes exchanges) {
        this.recordsPdf = recordsPdf;
        this.federationStore = federationStore;
        this.exchanges = exchanges;
    }

    LearnerTransfers(TransferStore store, TransferOpening opening, TransferDelivery delivery, TransferJob job,
                     TransferDirectory directory, TransferProperties properties, TransferConsentPdf consentForm,
                     LearnerRecordCopies learners, ModuleSettings modules, EtablissementService etablissements,
                     EtablissementProvisioning provisioning, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                     EtablissementClock establishmentClock) {
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
        this.establishmentClock = establishmentClock;
    }

    /** The establishment's zone, in which the transfers' dates are shown. */
    @PreAuthorize("isAuthenticated()")
    public java.time.ZoneId zone() {
        return establishmentClock.zone();
    }

    /** Today in the establishment: the latest consent date, and the date printed on the form. */
    @PreAuthorize("isAuthenticated()")
    public LocalDate today() {
        return establishmentClock.today();
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
        EtablissementSummary self = etablissements.summary(currentUser.establishmentId()).orElseThrow();
        if (uai.equals(self.code())) throw new TransferRefusedException("transfer.error.self", uai);
        Optional<EtablissementSummary> here = provisioning.findByCode(uai).filter(e -> e.schoolSystem() == SchoolSystem.FR);
        if (here.isPresent()) {
            long id = here.get().id();
            return new Destination(uai, id, here.get().name(), null,
                    modules.isEnabled(id, PreauModule.TRANSFERTS) && store.usesSiecle(id));
        }
        Optional<TransferDirectory.Remote> remote = directory.remote(uai);
        if (remote.isPresent()) {
            TransferDirectory.Remote r = remote.get();
            return new Destination(uai, null, r.name(), r.instance(), r.transfersOn() && r.siecle());
        }
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
        if (destination.automatic()) {
            // the seed's warning: such a learner moves after the destination's SIECLE import, by itself
            throw new TransferRefusedException("transfer.error.automatic", learner.fullName(),
                    destination.name() == null ? destination.uai() : destination.name());
        }
        if (request.consentDate() == null || request.givenBy() == null) {
            throw new TransferRefusedException("transfer.error.consent", learner.fullName());
        }
        if (request.consentDate().isAfter(establishmentClock.today())) throw new TransferRefusedException("transfer.error.consentFuture");
        ConsentScan.Accepted scan = request.scan() == null || request.scan().length == 0 ? null
                : ConsentScan.read(request.scan(), properties.getConsentFormMaxBytes(),
                        () -> consentForm.render(establishmentId, learner, destination.uai(), establishmentClock.today()));
        String recordedBy = currentUser.require().displayName();
        String giverNames = request.giverNames() == null || request.giverNames().isBlank() ? null : request.giverNames().strip();
        if (giverNames != null && giverNames.length() > 300) giverNames = giverNames.substring(0, 300);
        long id = opening.open(establishmentId, learner, destination.uai(), destination.establishmentId(), destination.name(),
                        destination.instance(), TransferMode.MANUAL, new TransferOpening.Consent(request.consentDate(), request.givenBy(), giverNames, recordedBy,
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
        byte[] pdf = consentForm.render(establishmentId, learner, Uai.isValid(uai) ? uai : null, establishmentClock.today());
        audit(PersonalDataAccessed.Subject.LEARNER, learnerId, PersonalDataAccessed.Action.DOWNLOAD, Texts.get("transfer.download.consentForm"));
        return pdf;
    }

    /**
     * The learner's records as a PDF to hand over to a destination outside the federation (no
     * Préau there, or an instance not joined), with the consent recorded; the print is written in
     * the exchange history. Refused for a destination this instance can send to.
     */
    @PreAuthorize("hasRole('DIRECTOR')")
    public byte[] printRecords(long learnerId, String destinationUai, LocalDate consentDate, ConsentGiver givenBy, String giverNames) {
        modules.requireEnabled(PreauModule.TRANSFERTS);
        long establishmentId = currentUser.establishmentId();
        LearnerIdentity learner = learners.identity(establishmentId, learnerId)
                .orElseThrow(() -> new AccessDeniedException("Learner " + learnerId + " is not of establishment " + establishmentId));
        if (learner.active()) throw new TransferRefusedException("transfer.error.active", learner.fullName());
        String uai = Uai.normalise(destinationUai);
        if (uai == null || uai.isEmpty()) throw new TransferRefusedException("transfer.error.uaiMissing");
        if (!Uai.isValid(uai)) throw new TransferRefusedException("transfer.error.uaiFormat", uai);
        boolean reachable;
        try {
            destination(uai);
            reachable = true;
        } catch (TransferRefusedException unknown) {
            reachable = false;
        }
        if (reachable) throw new TransferRefusedException("transfer.error.printReachable", uai);
        if (consentDate == null || givenBy == null) throw new TransferRefusedException("transfer.error.consent", learner.fullName());
        if (consentDate.isAfter(establishmentClock.today())) throw new TransferRefusedException("transfer.error.consentFuture");
        String recordedBy = currentUser.require().displayName();
        String consentLine = Texts.get("transfer.message.consentManual", Texts.get(givenBy.translationKey()),
                consentDate.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), recordedBy)
                + (giverNames == null || giverNames.isBlank() ? "" : " (" + giverNames.strip() + ")");
        List<org.preau.learner.TransferableRecord> records = learners.records(establishmentId, learnerId);
        byte[] pdf = recordsPdf.render(establishmentId, learner, uai, consentLine, records, establishmentClock.today());
        exchanges.record(establishmentId, currentUser.username(), new ExchangeRecord(ExchangeKind.LEARNER_TRANSFER,
                ExchangeDirection.OUT, null, ExchangeStatus.SUCCESS, Texts.get("transfer.summary.printed", learner.fullName(), uai),
                Map.of("records", records.size()), List.of(ExchangeMessage.info(consentLine)), null, clock.instant()));
        audit(PersonalDataAccessed.Subject.LEARNER, learnerId, PersonalDataAccessed.Action.DOWNLOAD, Texts.get("transfer.download.records"));
        return pdf;
    }

    /** The instances of the federation, with what this instance learnt of each. */
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<InstanceView> federation() {
        return directory.declared().entrySet().stream().map(e -> {
            Optional<FederationStore.InstanceState> state = federationStore.state(e.getKey());
            List<String> establishments = federationStore.establishments(e.getKey()).stream()
                    .map(k -> k.name() + " (" + k.code() + ")").toList();
            if (establishments.isEmpty()) establishments = e.getValue().getEstablishments();
            return new InstanceView(e.getKey(), e.getValue().getBaseUrl(), e.getValue().usable(),
                    state.map(FederationStore.InstanceState::reachable).orElse(false),
                    state.map(FederationStore.InstanceState::refreshedAt).orElse(null),
                    state.map(FederationStore.InstanceState::triedAt).orElse(null),
                    state.map(FederationStore.InstanceState::error).orElse(null), establishments);
        }).toList();
    }

    /** Asks every instance what it serves now; returns how many answered. */
    @PreAuthorize("hasRole('DIRECTOR')")
    public int refreshFederation() {
        return directory.refresh();
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
                : etablissements.summary(r.destinationEstablishmentId()).map(EtablissementSummary::name).orElse(null);
        return new TransferView(r.id(), r.learnerId(), r.learnerName(), r.ine(), r.destinationUai(), destinationName, r.mode(),
                r.status(), r.reason(), r.attempts(), r.consentDate(), r.consentGiver(), r.consentGiverNames(),
                r.consentRecordedBy(), r.hasConsentForm(), r.createdAt(), r.deliveredAt(), r.recordsSent());
    }
}
