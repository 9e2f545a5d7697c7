package org.preau.base;

import java.time.LocalDate;
import java.time.Month;

/**
 * The school year a date falls in, as users write it ("2026-2027"). A school year starts on
 * 1 August in both school systems here (preparation of the rentrée).
 */
public final class SchoolYearLabel {

    private SchoolYearLabel() {
    }

    public static int startYear(LocalDate date) {
        return date.getMonth().compareTo(Month.AUGUST) >= 0 ? date.getYear() : date.getYear() - 1;
    }

    public static String of(LocalDate date) {
        int start = startYear(date);
        return start + "-" + (start + 1);
    }
}
