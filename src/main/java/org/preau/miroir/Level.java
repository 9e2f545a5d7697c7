package org.preau.miroir;

import java.util.Arrays;
import java.util.Optional;

/** The years of a Belgian fundamental school: maternel M1–M3, primaire P1–P6. */
public enum Level {
    M1, M2, M3, P1, P2, P3, P4, P5, P6;

    public boolean maternel() {
        return name().startsWith("M");
    }

    public String translationKey() {
        return "miroir.level." + name();
    }

    /** "p6", " P6 " → P6; anything else empty. */
    public static Optional<Level> parse(String value) {
        if (value == null) return Optional.empty();
        String v = value.strip().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.name().equals(v)).findFirst();
    }
}
