package org.preau.print;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Embedded Liberation Sans for every form. The built-in Helvetica is not embedded and silently
 * drops characters outside Cp1252 (the narrow no-break space French puts before « : », names
 * such as Łukasz): an embedded TrueType subset keeps them, and keeps PDF/A possible.
 */
public final class PdfFonts {

    private static final BaseFont REGULAR = load("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = load("liberation/LiberationSans-Bold.ttf");
    private static final BaseFont ITALIC = load("liberation/LiberationSans-Italic.ttf");

    private PdfFonts() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    public static Font italic(float size) {
        return new Font(ITALIC, size);
    }

    private static BaseFont load(String resource) {
        try {
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + resource + " missing from the class path", e);
        }
    }
}
