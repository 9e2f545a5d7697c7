package org.preau.siecle;

import org.preau.base.Texts;
import org.preau.establishment.Uai;

import java.time.LocalDate;

/**
 * The PARAMETRES of a SIECLE export (UAJ, ANNEE_SCOLAIRE, DATE_EXPORT), checked against the
 * establishment and the school year chosen for the import.
 */
final class ExportParameters {

    String uaj;
    int uajLine;
    String year;
    int yearLine;
    String exportDate;
    int exportDateLine;

    void read(String name, String value, int line) {
        switch (name) {
            case "UAJ" -> {
                uaj = value;
                uajLine = line;
            }
            case "ANNEE_SCOLAIRE" -> {
                year = value;
                yearLine = line;
            }
            case "DATE_EXPORT" -> {
                exportDate = value;
                exportDateLine = line;
            }
            default -> {
            }
        }
    }

    Integer yearValue() {
        return year != null && year.matches("[0-9]{4}") ? Integer.valueOf(year) : null;
    }

    LocalDate exportDateValue() {
        return exportDate == null ? null : SiecleDates.parse(exportDate);
    }

    /** Adds an error per parameter that is missing, malformed, or not the establishment's / the chosen year's. */
    void check(String expectedUai, int expectedYear, Problems problems) {
        if (uaj == null || uaj.isEmpty()) {
            problems.error(Texts.get("siecle.location.parameter", "UAJ"), "siecle.error.uaj.missing");
        } else if (!Uai.hasValidFormat(uaj)) {
            problems.error(where(uajLine, "UAJ"), "siecle.error.uaj.format", uaj);
        } else if (!Uai.isValid(uaj)) {
            problems.error(where(uajLine, "UAJ"), "siecle.error.uaj.checkLetter", uaj, uaj.substring(0, 7),
                    String.valueOf(Uai.checkLetter(uaj.substring(0, 7))));
        } else if (!uaj.equals(expectedUai)) {
            problems.error(where(uajLine, "UAJ"), "siecle.error.uaj.other", uaj, expectedUai == null ? "?" : expectedUai);
        }
        if (year == null || year.isEmpty()) {
            problems.error(Texts.get("siecle.location.parameter", "ANNEE_SCOLAIRE"), "siecle.error.year.missing");
        } else if (yearValue() == null) {
            problems.error(where(yearLine, "ANNEE_SCOLAIRE"), "siecle.error.year.format", year);
        } else if (yearValue() != expectedYear) {
            problems.error(where(yearLine, "ANNEE_SCOLAIRE"), "siecle.error.year.other",
                    yearValue() + "-" + (yearValue() + 1), expectedYear + "-" + (expectedYear + 1));
        }
        if (exportDate == null || exportDate.isEmpty()) {
            problems.error(Texts.get("siecle.location.parameter", "DATE_EXPORT"), "siecle.error.dateExport.missing");
        } else if (exportDateValue() == null) {
            problems.error(where(exportDateLine, "DATE_EXPORT"), "siecle.error.date", exportDate);
        }
    }

    private static String where(int line, String element) {
        return Texts.get("siecle.location.lineParameter", line, element);
    }
}
