package org.preau.segec;

import org.preau.base.PersonalDataAccessed;
import org.preau.base.PersonalDataAccesses;
import org.preau.base.Texts;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.print.Letterheads;
import org.preau.security.CurrentUser;
import org.preau.staff.StaffRoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * "Autorisation Compte SeGEC": the printed consent forms (one page per teacher, or one file each),
 * the consent recorded by hand ("autorisation signée reçue"), and the scanned stack of signed
 * forms matched page by page to the teachers by their QR code.
 */
@Service
public class SegecForms {

    /** A scanned stack larger than this is refused before it is read. */
    public static final long MAX_SCAN_BYTES = 200L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(SegecForms.class);

    private final SegecRoster roster;
    private final StaffRoster staff;
    private final SegecStore store;
    private final Letterheads letterheads;
    private final EtablissementService etablissements;
    private final SchoolYearService years;
    private final ModuleSettings modules;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SegecForms(SegecRoster roster, StaffRoster staff, SegecStore store, Letterheads letterheads, EtablissementService etablissements,
               SchoolYearService years, ModuleSettings modules, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.roster = roster;
        this.staff = staff;
        this.store = store;
        this.letterheads = letterheads;
        this.etablissements = etablissements;
        this.years = years;
        this.modules = modules;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The teachers and directors of the current year, with their consent and account state. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<SegecMember> members() {
        modules.requireEnabled(PreauModule.SEGEC);
        return roster.members(currentUser.establishmentId(), years.requireCurrent().id());
    }

    /** One member of the current year (empty when the person is no teacher or director this year). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public Optional<SegecMember> member(long staffId) {
        if (!modules.isEnabled(PreauModule.SEGEC)) return Optional.empty();
        return roster.members(currentUser.establishmentId(), years.requireCurrent().id()).stream().filter(m -> m.id() == staffId).findFirst();
    }

    /** The signed-in teacher's own SeGEC state (empty when no record is linked to the account or SeGEC is off). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<SegecMember> mine() {
        if (!modules.isEnabled(PreauModule.SEGEC)) return Optional.empty();
        SchoolYearView year = years.requireCurrent();
        return staff.mine(year.id()).flatMap(own -> roster.members(currentUser.establishmentId(), year.id()).stream()
                .filter(m -> m.id() == own.id()).findFirst());
    }

    /** One PDF, one page per chosen member, in the order of the list. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public byte[] printAll(Collection<Long> staffIds) {
        modules.requireEnabled(PreauModule.SEGEC);
        Batch batch = batch(staffIds);
        byte[] pdf = SegecAuthorisationPdf.write(letterheads.of(batch.establishmentId), batch.year.label(), batch.forms);
        audited(batch.establishmentId, staffIds);
        return pdf;
    }

    /** The forms carry each member's name and e-mail: their download is in the journal of accesses, one row per member. */
    private void audited(long establishmentId, Collection<Long> staffIds) {
        String actor = currentUser.username();
        String through = Texts.get("segec.form.audit");
        events.publishEvent(new PersonalDataAccesses(new LinkedHashSet<>(staffIds).stream()
                .map(id -> new PersonalDataAccessed(establishmentId, actor, PersonalDataAccessed.Subject.STAFF, id,
                        PersonalDataAccessed.Action.DOWNLOAD, through))
                .toList()));
    }

    /** A ZIP with one PDF per chosen member, named after them. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public byte[] printEach(Collection<Long> staffIds) {
        modules.requireEnabled(PreauModule.SEGEC);
        Batch batch = batch(staffIds);
        var letterhead = letterheads.of(batch.establishmentId);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (SegecAuthorisationPdf.Form form : batch.forms) {
                out.putNextEntry(new ZipEntry(fileName(form)));
                out.write(SegecAuthorisationPdf.write(letterhead, batch.year.label(), List.of(form)));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audited(batch.establishmentId, staffIds);
        return zip.toByteArray();
    }

    /** A teacher's own form (from their self-service page). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public byte[] printMine() {
        modules.requireEnabled(PreauModule.SEGEC);
        SchoolYearView year = years.requireCurrent();
        long own = staff.mine(year.id()).orElseThrow(() -> new SegecException(Texts.get("segec.error.notLinked"))).id();
        long establishmentId = currentUser.establishmentId();
        SegecMember member = roster.member(establishmentId, year.id(), own);
        store.recordPrinted(establishmentId, year.id(), List.of(own), clock.instant(), currentUser.username());
        // the teacher's own name and e-mail: audited like a director's print, so the journal has every print of the form
        audited(establishmentId, List.of(own));
        return SegecAuthorisationPdf.write(letterheads.of(establishmentId), year.label(), List.of(form(signer(establishmentId, year), member)));
    }

    /** Ticks or unticks "autorisation signée reçue" for a member this year. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public void recordConsent(long staffId, boolean received) {
        modules.requireEnabled(PreauModule.SEGEC);
        long establishmentId = currentUser.establishmentId();
        long yearId = years.requireCurrent().id();
        roster.member(establishmentId, yearId, staffId);
        if (received) {
            store.recordConsent(establishmentId, staffId, yearId, clock.instant(), currentUser.username(), "MANUAL");
        } else {
            store.withdrawConsent(establishmentId, staffId, yearId);
        }
        log.info("User '{}' {} the SeGEC consent of staff {}", currentUser.username(), received ? "recorded" : "withdrew", staffId);
    }

    /**
     * Reads a scanned stack of signed forms (a multi-page PDF or one image), matches each page to
     * its teacher by the QR code and records their consent when the teacher's signature box holds
     * ink. Pages without a readable QR, with a QR of another establishment or year, a forged one,
     * an unsigned page ("non signé") or the generated PDF itself ("pas un scan") are listed and
     * change nothing.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public ScanReport readScan(String fileName, byte[] content) {
        modules.requireEnabled(PreauModule.SEGEC);
        if (content == null || content.length == 0) throw new SegecException(Texts.get("segec.scan.empty"));
        if (content.length > MAX_SCAN_BYTES) throw new SegecException(Texts.get("segec.scan.tooBig", MAX_SCAN_BYTES / (1024 * 1024)));
        long establishmentId = currentUser.establishmentId();
        SchoolYearView year = years.requireCurrent();
        String fase = etablissements.summary(establishmentId).orElseThrow().code();
        byte[] key = store.formKey(establishmentId);
        List<ScanReader.PageRead> payloads;
        try {
            payloads = ScanReader.read(fileName, content, new ConsentSignature(letterheads.of(establishmentId), year.label()));
        } catch (ScanReader.TooManyPagesException e) {
            throw new SegecException(Texts.get("segec.scan.tooManyPages", e.pages, ScanReader.MAX_PAGES));
        } catch (IOException | RuntimeException e) {
            log.info("Scan '{}' unreadable: {}", fileName, e.toString());
            throw new SegecException(Texts.get("segec.scan.unreadable", fileName));
        }
        Map<Long, SegecMember> members = roster.members(establishmentId, year.id()).stream()
                .collect(Collectors.toMap(SegecMember::id, Function.identity()));
        List<ScanReport.Page> pages = new ArrayList<>();
        int recorded = 0;
        for (int i = 0; i < payloads.size(); i++) {
            int number = i + 1;
            Optional<String> payload = payloads.get(i).payload();
            ScanReader.Verdict verdict = payloads.get(i).verdict();
            Optional<FormQr.Content> content1 = payload.flatMap(FormQr::parse);
            if (verdict == ScanReader.Verdict.NOT_A_SCAN) {
                pages.add(ScanReport.Page.unmatched(number, Texts.get("segec.scan.notAScan")));
            } else if (content1.isEmpty()) {
                pages.add(ScanReport.Page.unmatched(number, Texts.get(payload.isEmpty() ? "segec.scan.noQr" : "segec.scan.notAForm")));
            } else if (!fase.equals(content1.get().fase())) {
                pages.add(ScanReport.Page.unmatched(number, Texts.get("segec.scan.otherEstablishment", content1.get().fase())));
            } else if (!FormQr.authentic(key, payload.get())) {
                log.warn("Scan '{}' page {}: QR with a wrong signature for establishment {}", fileName, number, establishmentId);
                pages.add(ScanReport.Page.unmatched(number, Texts.get("segec.scan.forged")));
            } else if (!year.label().equals(content1.get().schoolYear())) {
                pages.add(ScanReport.Page.unmatched(number, Texts.get("segec.scan.otherYear", content1.get().schoolYear(), year.label())));
            } else if (!members.containsKey(content1.get().staffId())) {
                pages.add(ScanReport.Page.unmatched(number, Texts.get("segec.scan.unknownMember", content1.get().staffId())));
            } else if (verdict != ScanReader.Verdict.SIGNED) {
                SegecMember m = members.get(content1.get().staffId());
                pages.add(new ScanReport.Page(number, null, m.person().displayName(), Texts.get("segec.scan.unsigned")));
            } else {
                SegecMember m = members.get(content1.get().staffId());
                boolean added = store.recordConsent(establishmentId, m.id(), year.id(), clock.instant(), currentUser.username(), "SCAN");
                if (added) recorded++;
                pages.add(new ScanReport.Page(number, m.id(), m.person().displayName(),
                        Texts.get(added ? "segec.scan.recorded" : "segec.scan.already")));
            }
        }
        log.info("User '{}' read a scan of {} pages: {} consents recorded", currentUser.username(), pages.size(), recorded);
        return new ScanReport(pages, recorded);
    }

    /** Signs the QR payloads of one batch: the establishment's code and key are read once, not per form. */
    private java.util.function.LongFunction<String> signer(long establishmentId, SchoolYearView year) {
        String fase = etablissements.summary(establishmentId).orElseThrow().code();
        byte[] key = store.formKey(establishmentId);
        return staffId -> FormQr.payload(key, fase, staffId, year.label());
    }

    private Batch batch(Collection<Long> staffIds) {
        if (staffIds == null || staffIds.isEmpty()) throw new SegecException(Texts.get("segec.error.noneChosen"));
        long establishmentId = currentUser.establishmentId();
        SchoolYearView year = years.requireCurrent();
        Map<Long, SegecMember> members = roster.members(establishmentId, year.id()).stream()
                .collect(Collectors.toMap(SegecMember::id, Function.identity()));
        List<SegecAuthorisationPdf.Form> forms = new ArrayList<>();
        var signer = signer(establishmentId, year);
        for (Long id : new LinkedHashSet<>(staffIds)) {
            SegecMember m = members.get(id);
            if (m == null) throw new SegecException(Texts.get("segec.error.notMember", id));
            forms.add(form(signer, m));
        }
        store.recordPrinted(establishmentId, year.id(), new LinkedHashSet<>(staffIds), clock.instant(), currentUser.username());
        return new Batch(establishmentId, year, forms);
    }

    private static SegecAuthorisationPdf.Form form(java.util.function.LongFunction<String> signer, SegecMember m) {
        return new SegecAuthorisationPdf.Form(m.id(), m.person().nomUsage(), m.person().prenom(), m.person().dateNaissance(),
                m.person().emailPerso(), signer.apply(m.id()));
    }

    private static String fileName(SegecAuthorisationPdf.Form form) {
        String base = Normalizer.normalize(form.nom() + "-" + form.prenom(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9-]+", "_");
        return "autorisation-segec-" + base + "-" + form.staffId() + ".pdf";
    }

    private record Batch(long establishmentId, SchoolYearView year, List<SegecAuthorisationPdf.Form> forms) {
    }
}
