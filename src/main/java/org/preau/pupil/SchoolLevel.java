package org.preau.pupil;

import java.util.Locale;
import java.util.Optional;

/** The years of a Belgian school: maternel M1–M3, primaire P1–P6, secondaire S1–S7. */
public enum SchoolLevel {
    M1, M2, M3, P1, P2, P3, P4, P5, P6, S1, S2, S3, S4, S5, S6, S7;

    /** The level of the next year; empty for the years after which the pupil leaves the school (P6, S6, S7). */
    public Optional<SchoolLevel> next() {
        return switch (this) {
            case P6, S6, S7 -> Optional.empty();
            default -> Optional.of(values()[ordinal() + 1]);
        };
    }

    public String translationKey() {
        return "pupil.level." + name();
    }

    /** "p6", " P6 " → P6; anything else empty. */
    public static Optional<SchoolLevel> parse(String value) {
        if (value == null) return Optional.empty();
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
