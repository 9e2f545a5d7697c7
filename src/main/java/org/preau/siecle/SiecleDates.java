package org.preau.siecle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** SIECLE dates are dd/mm/yyyy; parsed strictly (31/02 does not exist, 2009-03-14 is refused). */
final class SiecleDates {

    private static final DateTimeFormatter BEE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private SiecleDates() {
    }

    /** The date, or null when the text is not a valid dd/mm/yyyy date. */
    static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text, BEE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
