package org.preau.transfer;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.preau.base.Texts;
import org.preau.learner.LearnerIdentity;
import org.preau.print.Letterhead;
import org.preau.print.Letterheads;
import org.preau.print.PdfFonts;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The consent form a learner (and/or the legal guardians) signs before a manual transfer. */
@Component
class ConsentFormPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Letterheads letterheads;

    ConsentFormPdf(Letterheads letterheads) {
        this.letterheads = letterheads;
    }

    byte[] render(long establishmentId, LearnerIdentity learner, String destinationUai, LocalDate today) {
        Letterhead letterhead = letterheads.of(establishmentId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            letterhead.addTo(document);
            Paragraph title = new Paragraph(Texts.get("transfer.form.title"), PdfFonts.bold(15));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(24);
            title.setSpacingAfter(18);
            document.add(title);
            line(document, Texts.get("transfer.form.learner", learner.fullName()));
            if (learner.dateNaissance() != null) line(document, Texts.get("transfer.form.birthDate", learner.dateNaissance().format(DATE)));
            line(document, Texts.get("transfer.form.ine", learner.ine() == null ? "" : learner.ine()));
            line(document, Texts.get("transfer.form.destination",
                    destinationUai == null || destinationUai.isBlank() ? "________________" : destinationUai));
            Paragraph body = new Paragraph(Texts.get("transfer.form.body", letterhead.name()), PdfFonts.regular(11));
            body.setSpacingBefore(14);
            body.setSpacingAfter(10);
            document.add(body);
            document.add(new Paragraph(Texts.get("transfer.form.withdraw"), PdfFonts.italic(9)));
            Paragraph place = new Paragraph(Texts.get("transfer.form.place"), PdfFonts.regular(11));
            place.setSpacingBefore(20);
            place.setSpacingAfter(12);
            document.add(place);
            PdfPTable signatures = new PdfPTable(3);
            signatures.setWidthPercentage(100);
            signatures.addCell(signature(Texts.get("transfer.form.sign.learner")));
            signatures.addCell(signature(Texts.get("transfer.form.sign.guardians")));
            PdfPCell school = signature(Texts.get("transfer.form.sign.establishment"));
            letterhead.cachet(140, 60).ifPresent(school::addElement);
            signatures.addCell(school);
            document.add(signatures);
            Paragraph printed = new Paragraph(Texts.get("transfer.form.printed", today.format(DATE)), PdfFonts.italic(8));
            printed.setSpacingBefore(16);
            document.add(printed);
        } catch (DocumentException e) {
            throw new IllegalStateException("Consent form not rendered", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void line(Document document, String text) {
        document.add(new Paragraph(text, PdfFonts.regular(11)));
    }

    private static PdfPCell signature(String label) {
        PdfPCell cell = new PdfPCell();
        cell.setFixedHeight(100);
        cell.setBorder(Rectangle.BOX);
        cell.addElement(new Paragraph(label, PdfFonts.regular(9)));
        return cell;
    }
}
