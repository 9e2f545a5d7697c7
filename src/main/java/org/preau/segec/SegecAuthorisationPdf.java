package org.preau.segec;

import com.google.zxing.common.BitMatrix;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;
import org.preau.base.Texts;
import org.preau.print.Letterhead;
import org.preau.print.PdfFonts;
import org.preau.print.SignatureCheck;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes "Autorisation Compte SeGEC" forms, one A4 page per teacher, with the letterhead, the
 * teacher's identity, the private e-mail line, the permission text, the date and signature
 * lines, the cachet, and the QR code in the bottom-right corner (where the scan reader looks first).
 * The signature boxes and the QR code sit at fixed places on the page, so that the scan reader
 * finds the teacher's box from the QR code's corners ({@link #TEACHER_SIGNATURE}).
 */
final class SegecAuthorisationPdf {

    static final float PAGE_WIDTH = PageSize.A4.getWidth();
    static final float SIDE_MARGIN = 56;
    static final float TOP_MARGIN = 42;
    /** 2.4 pt per QR module (1/30 inch): whole pixels at 150 and 300 dpi, sharp module edges on a scan. */
    static final float QR_MODULE = 2.4f;
    /** The QR code's distance from the right and bottom edges of the page (15 mm). */
    static final float QR_EDGE = 42.5f;
    static final float SIGNATURE_HEIGHT = 90;
    /** The bottom of both signature boxes, above the QR code. */
    static final float SIGNATURE_BOTTOM = 165;
    /** The teacher's signature box (left half), in page points: where the scan reader looks for ink. */
    static final SignatureCheck.Box TEACHER_SIGNATURE = new SignatureCheck.Box(SIDE_MARGIN, SIGNATURE_BOTTOM,
            (PAGE_WIDTH - 2 * SIDE_MARGIN) / 2, SIGNATURE_HEIGHT);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    record Form(long staffId, String nom, String prenom, java.time.LocalDate birthDate, String email, String qrPayload) {
    }

    private SegecAuthorisationPdf() {
    }

    static byte[] write(Letterhead letterhead, String schoolYear, List<Form> forms) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(8192, forms.size() * 3000));
        write(letterhead, schoolYear, forms, out);
        return out.toByteArray();
    }

    static void write(Letterhead letterhead, String schoolYear, List<Form> forms, OutputStream out) {
        Document document = new Document(PageSize.A4, SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN, 42);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(Texts.get("segec.form.title"));
            document.open();
            // the QR codes are made on every core beforehand; OpenPDF then writes the pages on one
            List<BitMatrix> codes = forms.parallelStream().map(f -> FormQr.matrix(f.qrPayload())).toList();
            Fixed fixed = forms.isEmpty() ? null : new Fixed(writer.getDirectContent(), letterhead, schoolYear);
            for (int i = 0; i < forms.size(); i++) {
                if (i > 0) document.newPage();
                page(writer, fixed, forms.get(i), codes.get(i));
            }
            if (forms.isEmpty()) document.add(new Paragraph(Texts.get("segec.form.none"), PdfFonts.regular(11)));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What every form of a stack shares, laid out once and stored once in the PDF as two form
     * XObjects that each page draws: the letterhead, title, year, signature boxes and cachet at
     * their places on the page; and the permission text, whose place follows the teacher's lines
     * above it (a long name or e-mail takes two lines). Laying out and writing these on every page
     * was most of the time of a stack.
     */
    private static final class Fixed {
        final PdfTemplate page;
        /** Where the teacher's lines start: below the year. */
        final float identityTop;
        final PdfTemplate text;

        Fixed(PdfContentByte cb, Letterhead letterhead, String schoolYear) throws DocumentException {
            float pageHeight = PageSize.A4.getHeight();
            page = cb.createTemplate(PAGE_WIDTH, pageHeight);
            ColumnText head = column(page, pageHeight - TOP_MARGIN);
            letterhead.addTo(head);
            Paragraph title = new Paragraph(Texts.get("segec.form.title"), PdfFonts.bold(16));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(24);
            title.setSpacingAfter(4);
            head.addElement(title);
            Paragraph year = new Paragraph(Texts.get("segec.form.year", schoolYear), PdfFonts.regular(11));
            year.setAlignment(Element.ALIGN_CENTER);
            year.setSpacingAfter(18);
            head.addElement(year);
            head.go();
            // a column drops the spacing before its first paragraph, which the flow kept: the teacher's first line (4 pt)
            identityTop = head.getYLine() - 4;

            PdfPTable signatures = new PdfPTable(2);
            signatures.setTotalWidth(PAGE_WIDTH - 2 * SIDE_MARGIN);
            signatures.setLockedWidth(true);
            signatures.addCell(box(Texts.get("segec.form.signTeacher"), null));
            signatures.addCell(box(Texts.get("segec.form.signDirector"), letterhead.cachet(110, 60).orElse(null)));
            signatures.writeSelectedRows(0, -1, SIDE_MARGIN, SIGNATURE_BOTTOM + SIGNATURE_HEIGHT, page);

            // the text block is as high as the page's room above the signature boxes; a page draws it at an offset
            text = cb.createTemplate(PAGE_WIDTH, pageHeight);
            // the login paragraph's spacing before (6 pt), which a column drops at its top
            ColumnText body = column(text, pageHeight - 6);
            // Seed 004: the e-mail is the account's login, and a personal address outlives a change of school.
            Paragraph login = new Paragraph(Texts.get("segec.form.login"), PdfFonts.regular(10));
            login.setSpacingBefore(6);
            login.setLeading(13);
            body.addElement(login);
            Paragraph advice = new Paragraph(Texts.get("segec.form.advice"), PdfFonts.italic(9));
            advice.setSpacingBefore(2);
            advice.setLeading(12);
            body.addElement(advice);
            Paragraph permission = new Paragraph(Texts.get("segec.form.text", letterhead.name(), schoolYear), PdfFonts.regular(11));
            permission.setSpacingBefore(12);
            permission.setLeading(15);
            permission.setAlignment(Element.ALIGN_JUSTIFIED);
            body.addElement(permission);
            Paragraph rights = new Paragraph(Texts.get("segec.form.rights"), PdfFonts.italic(9));
            rights.setSpacingBefore(8);
            body.addElement(rights);
            Paragraph done = new Paragraph(Texts.get("segec.form.doneAt"), PdfFonts.regular(11));
            done.setSpacingBefore(18);
            body.addElement(done);
            body.go();
        }

        private static ColumnText column(PdfContentByte canvas, float top) {
            ColumnText column = new ColumnText(canvas);
            column.setSimpleColumn(SIDE_MARGIN, 0, PAGE_WIDTH - SIDE_MARGIN, top);
            return column;
        }
    }

    private static void page(PdfWriter writer, Fixed fixed, Form form, BitMatrix matrix) throws DocumentException {
        PdfContentByte cb = writer.getDirectContent();
        cb.addTemplate(fixed.page, 0, 0);
        ColumnText identity = Fixed.column(cb, fixed.identityTop);
        identity.addElement(line(Texts.get("segec.form.nom"), form.nom()));
        identity.addElement(line(Texts.get("segec.form.prenom"), form.prenom()));
        identity.addElement(line(Texts.get("segec.form.birthDate"), form.birthDate() == null ? "" : DATE.format(form.birthDate())));
        Paragraph email = new Paragraph();
        email.setSpacingBefore(6);
        email.add(new Chunk(Texts.get("segec.form.email") + " ", PdfFonts.bold(11)));
        if (form.email() != null && !form.email().isBlank()) {
            email.add(new Chunk(form.email(), PdfFonts.regular(11)));
        } else {
            email.add(new Chunk(new LineSeparator(0.5f, 100, null, Element.ALIGN_LEFT, -2)));
        }
        identity.addElement(email);
        identity.go();
        // the text template was laid out from the page's top edge: moved down to just below the teacher's lines
        cb.addTemplate(fixed.text, 0, identity.getYLine() - PageSize.A4.getHeight());

        float size = matrix.getWidth() * QR_MODULE;
        cb.addImage(qrImage(matrix), size, 0, 0, size, qrLeft(matrix.getWidth()), QR_EDGE);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(Texts.get("segec.form.reference", form.staffId()), PdfFonts.regular(7)),
                SIDE_MARGIN, SIGNATURE_BOTTOM - 12, 0);
    }

    /** The left edge of a QR code of {@code width} modules (quiet zone included), in page points. */
    static float qrLeft(int width) {
        return PAGE_WIDTH - QR_EDGE - width * QR_MODULE;
    }

    /**
     * The centres of the QR code's three finder patterns in page points (origin bottom left):
     * top-left, top-right, bottom-left, for a code of {@code width} modules with a 4-module quiet zone.
     */
    static double[][] finderCentres(int width) {
        double left = qrLeft(width);
        double top = QR_EDGE + width * QR_MODULE;
        double near = 7.5 * QR_MODULE;
        double far = (width - 7.5) * QR_MODULE;
        return new double[][]{{left + near, top - near}, {left + far, top - near}, {left + near, top - far}};
    }

    private static Paragraph line(String label, String value) {
        Paragraph p = new Paragraph();
        p.setSpacingBefore(4);
        p.add(new Chunk(label + " ", PdfFonts.bold(11)));
        p.add(new Chunk(value == null ? "" : value, PdfFonts.regular(11)));
        return p;
    }

    private static PdfPCell box(String label, Image cachet) {
        PdfPCell cell = new PdfPCell();
        cell.setFixedHeight(90);
        cell.setBorder(Rectangle.BOX);
        cell.setPadding(6);
        cell.addElement(new Paragraph(label, PdfFonts.regular(9)));
        if (cachet != null) cell.addElement(cachet);
        return cell;
    }

    /** A 1-bit image, one pixel per module (bit 0 = black, rows padded to whole bytes): stored compressed and tiny. */
    private static Image qrImage(BitMatrix matrix) {
        int w = matrix.getWidth();
        int h = matrix.getHeight();
        int rowBytes = (w + 7) / 8;
        byte[] bits = new byte[rowBytes * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!matrix.get(x, y)) bits[y * rowBytes + x / 8] |= (byte) (0x80 >> (x % 8));
            }
        }
        try {
            return Image.getInstance(w, h, 1, 1, bits);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
