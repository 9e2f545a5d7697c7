package org.preau.privacy;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.preau.base.PersonalDataAccessed;
import org.preau.base.Texts;
import org.preau.establishment.SchoolYearService;
import org.preau.inspection.GrantHistory;
import org.preau.learner.LearnerIdentity;
import org.preau.learner.LearnerRecordCopies;
import org.preau.print.Letterheads;
import org.preau.print.PdfFonts;
import org.preau.security.CurrentUser;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * "What do you hold about me?": one archive per learner or staff member with a JSON of every row Préau holds
 * about them ({@link PersonRowStore}, found from the schema), the journal of accesses about them, and
 * a readable PDF of the same; stored files (a scanned form) beside them. The export is itself
 * audited as a download of personal data.
 */
@Service
public class SubjectAccessExport {

    /** The archive to hand to the person. */
    public record Archive(String fileName, byte[] zip) {
    }

    private final PersonRowStore rows;
    private final AuditStore audit;
    private final LearnerRecordCopies learners;
    private final StaffDirectory staff;
    private final SchoolYearService years;
    private final GrantHistory grants;
    private final Letterheads letterheads;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    SubjectAccessExport(PersonRowStore rows, AuditStore audit, LearnerRecordCopies learners, StaffDirectory staff, SchoolYearService years,
                        GrantHistory grants, Letterheads letterheads, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.staff = staff;
        this.years = years;
        this.grants = grants;
        this.rows = rows;
        this.audit = audit;
        this.learners = learners;
        this.letterheads = letterheads;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The archive of a learner of the current establishment. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public Archive learner(long learnerId) {
        long establishmentId = currentUser.establishmentId();
        LearnerIdentity who = learners.identity(establishmentId, learnerId)
                .orElseThrow(() -> new AccessDeniedException("Learner " + learnerId + " is not of establishment " + establishmentId));
        return archive(establishmentId, PersonalDataAccessed.Subject.LEARNER, learnerId, who.fullName(), learnerData(establishmentId, who));
    }

    /** The archive of a staff member of the current establishment. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public Archive staff(long staffId) {
        long establishmentId = currentUser.establishmentId();
        StaffDetails who = staff.get(staffId, years.requireCurrent().id());
        String name = who.getNomUsage() + " " + who.getPrenom();
        return archive(establishmentId, PersonalDataAccessed.Subject.STAFF, staffId, name,
                staffData(establishmentId, staffId, who.getNomUsage(), who.getPrenom()));
    }

    /** Table → rows about that staff member, the journal of accesses under {@code access_audit}. */
    Map<String, List<Map<String, Object>>> staffData(long establishmentId, long staffId, String nom, String prenom) {
        Map<String, List<Map<String, Object>>> data = rows.of("staff_member", staffId, establishmentId, nom, prenom);
        addJournal(data, establishmentId, PersonalDataAccessed.Subject.STAFF, staffId);
        return data;
    }

    private Archive archive(long establishmentId, PersonalDataAccessed.Subject subject, long id, String name,
                            Map<String, List<Map<String, Object>>> data) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("personne", name);
        document.put("etablissement", letterheads.of(establishmentId).name());
        document.put("exporte_le", LocalDate.now(clock).toString());
        document.put("exporte_par", currentUser.username());
        document.put("tables", jsonReady(data, files));
        byte[] jsonBytes = json.writeValueAsBytes(document);
        byte[] pdf = pdf(establishmentId, name, data);
        String base = "donnees-" + slug(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, base + ".json", jsonBytes);
            entry(zip, base + ".pdf", pdf);
            for (Map.Entry<String, byte[]> f : files.entrySet()) entry(zip, "fichiers/" + f.getKey(), f.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(new PersonalDataAccessed(establishmentId, currentUser.username(), subject, id,
                PersonalDataAccessed.Action.DOWNLOAD, Texts.get("privacy.export.through")));
        return new Archive(base + ".zip", out.toByteArray());
    }

    /** Table → rows about that learner, the journal of accesses under {@code access_audit}. */
    Map<String, List<Map<String, Object>>> learnerData(long establishmentId, LearnerIdentity who) {
        Map<String, List<Map<String, Object>>> data = rows.of("learner", who.id(), establishmentId, who.nom(), who.prenom());
        addGrants(data, establishmentId, who.id());
        addJournal(data, establishmentId, PersonalDataAccessed.Subject.LEARNER, who.id());
        return data;
    }

    /**
     * The inspector grants covering one of the learner's diplomas, as periods (who could read the
     * records, from when to when, granted and revoked by whom), under {@code inspection_grant}: the
     * grants are establishment decisions naming no learner, so the schema search cannot find them.
     */
    private void addGrants(Map<String, List<Map<String, Object>>> data, long establishmentId, long learnerId) {
        List<Map<String, Object>> periods = new ArrayList<>();
        for (GrantHistory.Period p : grants.periods(establishmentId, learners.diplomaCodes(establishmentId, learnerId))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("diploma_code", p.diplomaCode());
            row.put("diploma", p.label());
            row.put("inspectors", String.join(", ", p.inspectors()));
            row.put("granted_from", p.from());
            row.put("granted_by", p.grantedBy());
            row.put("granted_until", p.until());
            row.put("revoked_by", p.revokedBy());
            periods.add(row);
        }
        if (!periods.isEmpty()) data.put("inspection_grant", periods);
    }

    private void addJournal(Map<String, List<Map<String, Object>>> data, long establishmentId, PersonalDataAccessed.Subject subject, long id) {
        List<Map<String, Object>> journal = new ArrayList<>();
        for (AuditStore.Row r : audit.newest(establishmentId, null, subject, id)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("occurred_at", r.occurredAt());
            row.put("actor", r.actor());
            row.put("action", r.action().name());
            row.put("through", r.through());
            journal.add(row);
        }
        if (!journal.isEmpty()) data.put("access_audit", journal);
    }

    private static Map<String, List<Map<String, Object>>> jsonReady(Map<String, List<Map<String, Object>>> data, Map<String, byte[]> files) {
        Map<String, List<Map<String, Object>>> ready = new LinkedHashMap<>();
        data.forEach((table, list) -> {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Map<String, Object> row : list) {
                Map<String, Object> copy = new LinkedHashMap<>();
                row.forEach((column, value) -> {
                    if (value instanceof byte[] bytes) {
                        String name = table + "-" + row.getOrDefault("id", out.size()) + "-" + column;
                        files.put(name, bytes);
                        copy.put(column, "fichiers/" + name);
                    } else {
                        copy.put(column, value == null ? null : value instanceof Number || value instanceof Boolean ? value : value.toString());
                    }
                });
                out.add(copy);
            }
            ready.put(table, out);
        });
        return ready;
    }

    private byte[] pdf(long establishmentId, String name, Map<String, List<Map<String, Object>>> data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        letterheads.of(establishmentId).addTo(document);
        document.add(new Paragraph(Texts.get("privacy.export.pdf.title", name), PdfFonts.bold(14)));
        document.add(new Paragraph(Texts.get("privacy.export.pdf.intro", LocalDate.now(clock).toString()), PdfFonts.regular(10)));
        data.forEach((table, list) -> {
            document.add(new Paragraph(Texts.get("privacy.export.pdf.table", table, list.size()), PdfFonts.bold(11)));
            for (Map<String, Object> row : list) {
                StringBuilder line = new StringBuilder();
                row.forEach((column, value) -> {
                    if (value == null) return;
                    if (!line.isEmpty()) line.append(" · ");
                    line.append(column).append(" : ").append(value instanceof byte[] b ? Texts.get("privacy.export.pdf.file", b.length) : value);
                });
                document.add(new Paragraph(line.toString(), PdfFonts.regular(8)));
            }
        });
        document.close();
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String slug(String s) {
        String ascii = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
