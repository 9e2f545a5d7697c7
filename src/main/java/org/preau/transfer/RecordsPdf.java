package org.preau.transfer;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.preau.base.Texts;
import org.preau.learner.LearnerIdentity;
import org.preau.learner.TransferableRecord;
import org.preau.print.Letterhead;
import org.preau.print.Letterheads;
import org.preau.print.PdfFonts;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A learner's records printed to be handed over to a destination outside the federation (no Préau,
 * or an instance not joined): the school's letterhead, the learner, the consent recorded, then each
 * bilan, fiche and évaluation with its author and date.
 */
@Component
class RecordsPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Letterheads letterheads;

    RecordsPdf(Letterheads letterheads) {
        this.letterheads = letterheads;
    }

    byte[] render(long establishmentId, LearnerIdentity learner, String destinationUai, String consentLine,
                  List<TransferableRecord> records, LocalDate today) {
        Letterhead letterhead = letterheads.of(establishmentId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 40, 40);
        try {
            org.openpdf.text.pdf.PdfWriter.getInstance(document, out);
            document.open();
            letterhead.addTo(document);
            Paragraph title = new Paragraph(Texts.get("transfer.records.title"), PdfFonts.bold(15));
            title.setAlignment(org.openpdf.text.Element.ALIGN_CENTER);
            title.setSpacingBefore(20);
            title.setSpacingAfter(14);
            document.add(title);
            line(document, Texts.get("transfer.form.learner", learner.fullName()));
            if (learner.dateNaissance() != null) line(document, Texts.get("transfer.form.birthDate", learner.dateNaissance().format(DATE)));
            line(document, Texts.get("transfer.form.ine", learner.ine() == null ? "" : learner.ine()));
            line(document, Texts.get("transfer.form.destination", destinationUai));
            Paragraph consent = new Paragraph(consentLine, PdfFonts.italic(10));
            consent.setSpacingBefore(8);
            consent.setSpacingAfter(12);
            document.add(consent);
            if (records.isEmpty()) document.add(new Paragraph(Texts.get("transfer.records.none"), PdfFonts.regular(11)));
            for (TransferableRecord r : records) {
                Paragraph head = new Paragraph(Texts.get("transfer.records.item", Texts.get("learner.record.kind." + r.kind().name()),
                        r.title(), r.date().format(DATE), r.authorName()), PdfFonts.bold(11));
                head.setSpacingBefore(10);
                document.add(head);
                if (r.diploma() != null && !r.diploma().isBlank()) document.add(new Paragraph(r.diploma(), PdfFonts.italic(9)));
                document.add(new Paragraph(r.content(), PdfFonts.regular(10)));
            }
            Paragraph printed = new Paragraph(Texts.get("transfer.records.printed", today.format(DATE), letterhead.name()), PdfFonts.italic(8));
            printed.setSpacingBefore(16);
            document.add(printed);
        } catch (DocumentException e) {
            throw new IllegalStateException("Records not rendered", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void line(Document document, String text) {
        document.add(new Paragraph(text, PdfFonts.regular(11)));
    }
}
