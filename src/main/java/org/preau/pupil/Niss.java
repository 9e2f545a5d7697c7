package org.preau.pupil;

import java.util.Optional;

/**
 * The Belgian national register number (NISS): six digits of the birth date, three of a serial,
 * two of a mod-97 key. For people born from 2000 on, the key is computed with a {@code 2} put
 * before the first nine digits.
 */
public final class Niss {

    private Niss() {
    }

    /** The eleven digits of a NISS typed with or without its dots, dashes and spaces; empty when not eleven digits. */
    public static Optional<String> digits(String typed) {
        if (typed == null) return Optional.empty();
        String d = typed.replaceAll("[\\s.\\-]", "");
        return d.matches("[0-9]{11}") ? Optional.of(d) : Optional.empty();
    }

    /** Whether the eleven digits carry a right key, by the rule before 2000 or the one from 2000 on. */
    public static boolean valid(String elevenDigits) {
        if (elevenDigits == null || !elevenDigits.matches("[0-9]{11}")) return false;
        long base = Long.parseLong(elevenDigits.substring(0, 9));
        int key = Integer.parseInt(elevenDigits.substring(9));
        return 97 - base % 97 == key || 97 - (2_000_000_000L + base) % 97 == key;
    }

    /** The NISS as the Belgian cards print it: {@code 85.07.30-033.28}. */
    public static String formatted(String elevenDigits) {
        if (elevenDigits == null || elevenDigits.length() != 11) return elevenDigits;
        String d = elevenDigits;
        return d.substring(0, 2) + "." + d.substring(2, 4) + "." + d.substring(4, 6) + "-" + d.substring(6, 9) + "." + d.substring(9);
    }
}
