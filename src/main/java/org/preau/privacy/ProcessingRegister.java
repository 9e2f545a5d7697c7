package org.preau.privacy;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.preau.base.Texts;
import org.preau.establishment.EtablissementClock;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.peer.PeerProperties;
import org.preau.print.Letterheads;
import org.preau.print.PdfFonts;
import org.preau.security.CurrentUser;
import org.preau.transfer.FederationProperties;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Paramètres › Registre des traitements (GDPR art. 30), generated from what this instance does for
 * the current establishment: only the modules switched on, the peers by name and address as the
 * configuration has them, the retention periods in force. Read by every member of staff; the PDF
 * (letterhead) is what the DPO files.
 */
@Service
public class ProcessingRegister {

    private final ModuleSettings modules;
    private final RetentionStore retention;
    private final PeerProperties peers;
    private final FederationProperties federation;
    private final Environment environment;
    private final Letterheads letterheads;
    private final EtablissementClock clock;
    private final CurrentUser currentUser;

    ProcessingRegister(ModuleSettings modules, RetentionStore retention, PeerProperties peers, FederationProperties federation,
                       Environment environment, Letterheads letterheads, EtablissementClock clock, CurrentUser currentUser) {
        this.modules = modules;
        this.retention = retention;
        this.peers = peers;
        this.federation = federation;
        this.environment = environment;
        this.letterheads = letterheads;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'TEACHER')")
    public List<Processing> processings() {
        RetentionPolicy policy = retention.policy(currentUser.establishmentId());
        List<Processing> list = new ArrayList<>();
        String leavers = Texts.get("privacy.processing.retention.leavers", policy.leaverYears());
        list.add(processing("RECORDS", List.of(), leavers));
        boolean siecle = modules.isEnabled(PreauModule.SIECLE);
        boolean pupils = modules.isEnabled(PreauModule.ELEVES_FWB);
        if (siecle || pupils) {
            list.add(new Processing("IMPORTS", Texts.get("privacy.processing.IMPORTS.name"),
                    Texts.get(siecle ? "privacy.processing.IMPORTS.purpose.siecle" : "privacy.processing.IMPORTS.purpose.fwb"),
                    Texts.get("privacy.processing.IMPORTS.basis"), Texts.get("privacy.processing.IMPORTS.data"), List.of(),
                    Texts.get("privacy.processing.retention.originals", policy.originalMonths())));
        }
        if (modules.isEnabled(PreauModule.TRANSFERTS)) {
            List<Processing.Recipient> to = new ArrayList<>();
            to.add(new Processing.Recipient(Texts.get("privacy.processing.TRANSFERS.local"), null));
            federation.getInstances().forEach((name, instance) -> to.add(new Processing.Recipient(name, instance.getBaseUrl())));
            list.add(processing("TRANSFERS", to, leavers));
        }
        if (modules.isEnabled(PreauModule.SEGEC)) {
            list.add(processing("SEGEC", List.of(peer("privacy.processing.SEGEC.peer", peers.getSegec(), "/sandbox/segec")),
                    Texts.get("privacy.processing.retention.staff")));
        }
        if (modules.isEnabled(PreauModule.MIROIR)) {
            list.add(processing("MIROIR", List.of(peer("privacy.processing.MIROIR.peer", peers.getMiroir(), "/sandbox/miroir")), leavers));
        }
        if (modules.isEnabled(PreauModule.ACCES_INSPECTEUR)) {
            list.add(processing("INSPECTION", List.of(new Processing.Recipient(Texts.get("privacy.processing.INSPECTION.recipient"), null)),
                    Texts.get("privacy.processing.retention.journal", policy.auditYears())));
        }
        list.add(processing("MAIL", List.of(mailServer()), Texts.get("privacy.processing.retention.mail")));
        list.add(processing("JOURNAL", List.of(), Texts.get("privacy.processing.retention.journal", policy.auditYears())));
        return list;
    }

    /** The register as a PDF on the establishment's letterhead. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'TEACHER')")
    public byte[] pdf() {
        List<Processing> list = processings();
        long establishmentId = currentUser.establishmentId();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        letterheads.of(establishmentId).addTo(document);
        document.add(new Paragraph(Texts.get("privacy.processing.pdf.title"), PdfFonts.bold(14)));
        document.add(new Paragraph(Texts.get("privacy.processing.pdf.intro",
                clock.today(establishmentId).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))), PdfFonts.regular(9)));
        for (Processing p : list) {
            Paragraph title = new Paragraph(p.name(), PdfFonts.bold(11));
            title.setSpacingBefore(10);
            title.setSpacingAfter(4);
            document.add(title);
            PdfPTable table = new PdfPTable(new float[]{1, 3});
            table.setWidthPercentage(100);
            row(table, "privacy.processing.label.purpose", p.purpose());
            row(table, "privacy.processing.label.basis", p.legalBasis());
            row(table, "privacy.processing.label.data", p.dataCategories());
            row(table, "privacy.processing.label.recipients", recipients(p));
            row(table, "privacy.processing.label.retention", p.retention());
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    /** Recipients on one line each, "name (address)"; a processing without one says so. */
    public static String recipients(Processing p) {
        if (p.recipients().isEmpty()) return Texts.get("privacy.processing.recipients.none");
        List<String> lines = new ArrayList<>();
        for (Processing.Recipient r : p.recipients()) lines.add(r.url() == null || r.url().isBlank() ? r.name() : r.name() + " (" + r.url() + ")");
        return String.join("\n", lines);
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(Texts.get(label), PdfFonts.bold(9)));
        PdfPCell v = new PdfPCell(new Phrase(value, PdfFonts.regular(9)));
        l.setPadding(4);
        v.setPadding(4);
        table.addCell(l);
        table.addCell(v);
    }

    private static Processing processing(String key, List<Processing.Recipient> recipients, String retention) {
        String k = "privacy.processing." + key;
        return new Processing(key, Texts.get(k + ".name"), Texts.get(k + ".purpose"), Texts.get(k + ".basis"), Texts.get(k + ".data"),
                recipients, retention);
    }

    private static Processing.Recipient peer(String nameKey, PeerProperties.Endpoint endpoint, String sandboxPath) {
        boolean sandbox = endpoint.getBaseUrl() == null || endpoint.getBaseUrl().isBlank();
        return new Processing.Recipient(sandbox ? Texts.get("privacy.processing.sandbox", Texts.get(nameKey)) : Texts.get(nameKey),
                sandbox ? sandboxPath : endpoint.getBaseUrl());
    }

    private Processing.Recipient mailServer() {
        if (environment.getProperty("preau.mail.embedded", Boolean.class, false)) {
            return new Processing.Recipient(Texts.get("privacy.processing.MAIL.embedded"), null);
        }
        String host = environment.getProperty("spring.mail.host", "");
        String port = environment.getProperty("spring.mail.port", "");
        return new Processing.Recipient(Texts.get("privacy.processing.MAIL.server"),
                host.isBlank() ? null : "smtp://" + host + (port.isBlank() ? "" : ":" + port));
    }
}
