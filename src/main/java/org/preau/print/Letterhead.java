package org.preau.print;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The top of every form: the logo on the left (when the establishment has one), its name, address
 * and code on the right; and its cachet, which a form places beside the signature.
 * <p>
 * Build one per document (see {@link Letterheads}) and reuse it on every page: the logo and cachet
 * images are then stored once in the PDF however many pages use them.
 */
public final class Letterhead {

    private final String name;
    private final List<String> lines;
    private final Image logo;
    private final Image cachet;

    Letterhead(String name, List<String> lines, Optional<byte[]> logoPng, Optional<byte[]> cachetPng) {
        this.name = name;
        this.lines = List.copyOf(lines);
        this.logo = logoPng.map(Letterhead::image).orElse(null);
        this.cachet = cachetPng.map(Letterhead::image).orElse(null);
    }

    /** A letterhead with a name and lines only, no logo nor cachet: for samples and the warm-up after start. */
    public static Letterhead plain(String name, List<String> lines) {
        return new Letterhead(name, lines, Optional.empty(), Optional.empty());
    }

    public String name() {
        return name;
    }

    public boolean hasLogo() {
        return logo != null;
    }

    public boolean hasCachet() {
        return cachet != null;
    }

    /** Adds the header (logo, name, address lines) at the current position of the document. */
    public void addTo(Document document) throws DocumentException {
        document.add(header());
    }

    /**
     * Adds the same header to a column: a form that draws its fixed parts once, into a template
     * every page reuses, lays them out in a column instead of the document's flow.
     */
    public void addTo(ColumnText column) {
        column.addElement(header());
    }

    private PdfPTable header() {
        PdfPTable header = new PdfPTable(new float[]{1, 3});
        header.setWidthPercentage(100);
        PdfPCell logoCell = logo == null ? new PdfPCell() : new PdfPCell(fitted(logo, 120, 60));
        logoCell.setBorder(Rectangle.NO_BORDER);
        logoCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        header.addCell(logoCell);
        PdfPCell identity = new PdfPCell();
        identity.setBorder(Rectangle.NO_BORDER);
        identity.setHorizontalAlignment(Element.ALIGN_RIGHT);
        Paragraph title = new Paragraph(name, PdfFonts.bold(13));
        title.setAlignment(Element.ALIGN_RIGHT);
        identity.addElement(title);
        for (String line : lines) {
            Paragraph p = new Paragraph(line, PdfFonts.regular(9));
            p.setAlignment(Element.ALIGN_RIGHT);
            identity.addElement(p);
        }
        header.addCell(identity);
        return header;
    }

    /** The cachet scaled to fit the box, or empty when the establishment has none. */
    public Optional<Image> cachet(float maxWidth, float maxHeight) {
        return Optional.ofNullable(cachet).map(c -> fitted(c, maxWidth, maxHeight));
    }

    private static Image fitted(Image source, float maxWidth, float maxHeight) {
        Image copy = Image.getInstance(source);
        copy.scaleToFit(maxWidth, maxHeight);
        return copy;
    }

    private static Image image(byte[] png) {
        try {
            return Image.getInstance(png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
