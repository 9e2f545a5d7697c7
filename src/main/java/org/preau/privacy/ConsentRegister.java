package org.preau.privacy;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.preau.base.PersonalDataAccessed;
import org.preau.base.Texts;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.inspection.InspectorAccess;
import org.preau.inspection.Referent;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.preau.segec.ExtranetTransfer;
import org.preau.segec.SegecForms;
import org.preau.transfer.ConsentWithdrawal;
import org.preau.transfer.LearnerTransfers;
import org.preau.transfer.TransferMode;
import org.preau.transfer.TransferView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Paramètres › Registre des consentements: every consent Préau records, read through the public
 * services of the modules that own them (transfer, segec, inspection), in one list; a withdrawal
 * goes back to the owning module, which stops what depended on it.
 */
@Service
public class ConsentRegister {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);

    private final LearnerTransfers transfers;
    private final SegecForms segec;
    private final ExtranetTransfer extranet;
    private final InspectorAccess inspection;
    private final ModuleSettings modules;
    private final EtablissementService etablissements;
    private final WithdrawalStore withdrawals;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentRegister(LearnerTransfers transfers, SegecForms segec, ExtranetTransfer extranet, InspectorAccess inspection,
                    ModuleSettings modules, EtablissementService etablissements, WithdrawalStore withdrawals, CurrentUser currentUser,
                    ApplicationEventPublisher events, Clock clock) {
        this.transfers = transfers;
        this.segec = segec;
        this.extranet = extranet;
        this.inspection = inspection;
        this.modules = modules;
        this.etablissements = etablissements;
        this.withdrawals = withdrawals;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The consents of the current establishment, newest first, filtered by kind, by person (part of
     * the name) and by the calendar year they were given in (each optional). The Extranet agreement
     * and the inspector grants are the director's decisions and are listed to the director only.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<ConsentEntry> list(ConsentKind kind, String person, Integer year) {
        String needle = person == null || person.isBlank() ? null : person.strip().toLowerCase(Locale.ROOT);
        return all().stream()
                .filter(e -> kind == null || e.kind() == kind)
                .filter(e -> needle == null || e.person().toLowerCase(Locale.ROOT).contains(needle))
                .filter(e -> year == null || (e.givenAt() != null && e.givenAt().atZone(ZONE).getYear() == year))
                .toList();
    }

    /**
     * Withdraws a consent today: a transfer is never attempted again; a SeGEC authorisation is
     * removed for the year; the Extranet agreement becomes a refusal (the schedule stops); an
     * inspector grant is revoked (the inspector's next read is refused).
     */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public void withdraw(ConsentKind kind, long referenceId) {
        ConsentEntry entry = all().stream().filter(e -> e.kind() == kind && e.reference() == referenceId && !e.withdrawn())
                .findFirst().orElseThrow(() -> new AccessDeniedException("No active consent " + kind + " " + referenceId));
        Instant now = clock.instant();
        switch (kind) {
            case TRANSFER -> transfers.withdrawConsent(referenceId);
            case SEGEC -> segec.recordConsent(referenceId, false);
            case EXTRANET -> extranet.decide(false);
            case INSPECTOR -> inspection.setGranted(referenceId, false);
        }
        // The transfer keeps its own withdrawal on its row; the others delete or switch off the consent, so it is kept here.
        if (kind != ConsentKind.TRANSFER) withdrawals.add(currentUser.establishmentId(), entry, now, currentUser.username());
    }

    /** The scanned signed form of a transfer consent (the other kinds keep no scan), audited as a download. */
    @PreAuthorize("hasRole('DIRECTOR')")
    public java.util.Optional<byte[]> proof(ConsentEntry entry) {
        if (entry.kind() != ConsentKind.TRANSFER || !entry.hasProof()) return java.util.Optional.empty();
        return transfers.scannedConsent(entry.reference());
    }

    /** The given entries as CSV (UTF-8 with BOM and semicolons, as French spreadsheets open it); audited as a download. */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public byte[] csv(List<ConsentEntry> entries) {
        StringWriter out = new StringWriter().append('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(
                Texts.get("privacy.consent.column.kind"), Texts.get("privacy.consent.column.person"),
                Texts.get("privacy.consent.column.purpose"), Texts.get("privacy.consent.column.given"),
                Texts.get("privacy.consent.column.givenBy"), Texts.get("privacy.consent.column.recordedBy"),
                Texts.get("privacy.consent.column.proof"), Texts.get("privacy.consent.column.withdrawn"),
                Texts.get("privacy.consent.column.withdrawnBy")).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (ConsentEntry e : entries) {
                csv.printRecord(Texts.get(e.kind().translationKey()), e.person(), e.purpose(), day(e.givenAt()), nz(e.givenBy()),
                        nz(e.recordedBy()), Texts.get(e.hasProof() ? "privacy.consent.proof.yes" : "privacy.consent.proof.no"),
                        day(e.withdrawnAt()), nz(e.withdrawnBy()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(new PersonalDataAccessed(currentUser.establishmentId(), currentUser.username(),
                PersonalDataAccessed.Subject.FILE, null, PersonalDataAccessed.Action.DOWNLOAD, Texts.get("privacy.consent.csv.name")));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<ConsentEntry> all() {
        long establishmentId = currentUser.establishmentId();
        boolean director = currentUser.hasRole(Role.DIRECTOR);
        List<ConsentEntry> all = new ArrayList<>();
        Map<Long, ConsentWithdrawal> withdrawn = transfers.consentWithdrawals().stream()
                .collect(Collectors.toMap(ConsentWithdrawal::transferId, Function.identity()));
        for (TransferView t : transfers.sent()) all.add(transfer(t, withdrawn.get(t.id())));
        if (modules.isEnabled(PreauModule.SEGEC)) {
            segec.members().forEach(m -> m.consent().ifPresent(c -> all.add(new ConsentEntry(ConsentKind.SEGEC, m.id(),
                    m.person().nomUsage() + " " + m.person().prenom(), Texts.get("privacy.consent.purpose.SEGEC"), c.recordedAt(),
                    Texts.get("privacy.consent.givenBy.member"), c.recordedBy(), false, null, null))));
            if (director) {
                extranet.decision().filter(ExtranetTransfer.Decision::consented).ifPresent(d -> all.add(new ConsentEntry(
                        ConsentKind.EXTRANET, establishmentId, establishmentName(establishmentId),
                        Texts.get("privacy.consent.purpose.EXTRANET"), d.decidedAt(), Texts.get("privacy.consent.givenBy.director"),
                        d.decidedBy(), false, null, null)));
            }
        }
        if (director && modules.isEnabled(PreauModule.ACCES_INSPECTEUR)) {
            inspection.diplomas().stream().filter(g -> g.granted()).forEach(g -> all.add(new ConsentEntry(ConsentKind.INSPECTOR, g.id(),
                    Texts.get("privacy.consent.person.diploma", g.label()),
                    Texts.get("privacy.consent.purpose.INSPECTOR", g.referents().stream().map(Referent::displayName)
                            .collect(Collectors.joining(", "))),
                    g.changedAt(), Texts.get("privacy.consent.givenBy.director"), g.changedBy(), false, null, null)));
        }
        for (ConsentEntry w : withdrawals.all(establishmentId)) {
            all.add(new ConsentEntry(w.kind(), w.reference(), w.person(), Texts.get("privacy.consent.purpose.withdrawn." + w.kind().name()),
                    w.givenAt(), null, w.recordedBy(), false, w.withdrawnAt(), w.withdrawnBy()));
        }
        all.sort(Comparator.comparing(ConsentEntry::givenAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return all;
    }

    private ConsentEntry transfer(TransferView t, ConsentWithdrawal w) {
        Instant given = t.consentDate() != null ? t.consentDate().atStartOfDay(ZONE).toInstant() : t.createdAt();
        String givenBy = t.mode() == TransferMode.MANUAL && t.consentGiver() != null
                ? Texts.get(t.consentGiver().translationKey()) + (t.consentGiverNames() == null ? "" : " : " + t.consentGiverNames())
                : Texts.get("privacy.consent.givenBy.automatic");
        String destination = t.destinationName() != null ? t.destinationName() + " (" + t.destinationUai() + ")" : t.destinationUai();
        return new ConsentEntry(ConsentKind.TRANSFER, t.id(), t.learnerName(), Texts.get("privacy.consent.purpose.TRANSFER", destination),
                given, givenBy, t.consentRecordedBy(), t.hasConsentForm(), w == null ? null : w.withdrawnAt(),
                w == null ? null : w.withdrawnBy());
    }

    private String establishmentName(long establishmentId) {
        return etablissements.summary(establishmentId).map(EtablissementSummary::name).orElse("");
    }

    static String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
