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
class TransferConsentPdf {

    /** Page size and margins: the signature boxes below are fixed in these page points. */
    private static final float LEFT = 50, WIDTH = 495, BOX_HEIGHT = 100, BOXES_TOP = 250;

    /**
     * The signature boxes at fixed places at the bottom of the page (points, origin bottom left),
     * so that the uploaded scan's check finds them whatever the learner's name or the letterhead.
     */
    static final org.preau.print.SignatureCheck.Box LEARNER_SIGNATURE = box(0);
    static final org.preau.print.SignatureCheck.Box GUARDIANS_SIGNATURE = box(1);
    static final org.preau.print.SignatureCheck.Box ESTABLISHMENT_SIGNATURE = box(2);

    private static org.preau.print.SignatureCheck.Box box(int column) {
        return new org.preau.print.SignatureCheck.Box(LEFT + column * WIDTH / 3, BOXES_TOP - BOX_HEIGHT, WIDTH / 3, BOX_HEIGHT);
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Letterheads letterheads;

    TransferConsentPdf(Letterheads letterheads) {
        this.letterheads = letterheads;
    }

    byte[] render(long establishmentId, LearnerIdentity learner, String destinationUai, LocalDate today) {
        Letterhead letterhead = letterheads.of(establishmentId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, LEFT, LEFT, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // The flowing text stops above the boxes: a long text moves to a second page rather than over them.
            document.setMargins(LEFT, LEFT, 40, PageSize.A4.getHeight() - BOXES_TOP + 20);
            document.open();
            // Written first, on the first page at fixed places: the page and places the scan check looks at.
            PdfPTable signatures = new PdfPTable(3);
            signatures.setTotalWidth(WIDTH);
            signatures.setLockedWidth(true);
            signatures.addCell(signature(Texts.get("transfer.form.sign.learner")));
            signatures.addCell(signature(Texts.get("transfer.form.sign.guardians")));
            PdfPCell school = signature(Texts.get("transfer.form.sign.establishment"));
            letterhead.cachet(140, 60).ifPresent(school::addElement);
            signatures.addCell(school);
            signatures.writeSelectedRows(0, -1, LEFT, BOXES_TOP, writer.getDirectContent());
            org.openpdf.text.pdf.ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new org.openpdf.text.Phrase(Texts.get("transfer.form.printed", today.format(DATE)), PdfFonts.italic(8)),
                    LEFT, BOXES_TOP - BOX_HEIGHT - 20, 0);
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
