package org.preau.establishment;

import java.util.Locale;
import java.util.Optional;

/**
 * The French establishment code (UAI, formerly RNE): seven digits and a check letter,
 * {@code letter = "ABCDEFGHJKLMNPRSTUVWXYZ"[int(7 digits) mod 23]} (no I, O or Q).
 */
public final class Uai {

    static final String CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private Uai() {
    }

    /** Trims and upper-cases what a user typed; null stays null. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** Seven digits and a letter, whatever the letter. */
    public static boolean hasValidFormat(String uai) {
        return uai != null && uai.matches("[0-9]{7}[A-Z]");
    }

    /** The check letter that the seven digits call for. */
    public static char checkLetter(String sevenDigits) {
        if (sevenDigits == null || !sevenDigits.matches("[0-9]{7}")) {
            throw new IllegalArgumentException("A UAI starts with seven digits");
        }
        return CHECK_LETTERS.charAt(Integer.parseInt(sevenDigits) % 23);
    }

    public static boolean isValid(String uai) {
        return hasValidFormat(uai) && uai.charAt(7) == checkLetter(uai.substring(0, 7));
    }

    /** The letter expected for a well-formed UAI whose letter is wrong. */
    static Optional<Character> expectedLetter(String uai) {
        return hasValidFormat(uai) ? Optional.of(checkLetter(uai.substring(0, 7))) : Optional.empty();
    }
}
