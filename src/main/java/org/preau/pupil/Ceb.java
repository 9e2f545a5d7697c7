package org.preau.pupil;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** The June CEB (certificat d'études de base) result of a P6 pupil. */
public enum Ceb {
    REUSSI, ECHEC, NON_PRESENTE;

    /** Whether the pupil sat the exam (a Miroir indicator counts only those). */
    public boolean presented() {
        return this != NON_PRESENTE;
    }

    public String translationKey() {
        return "pupil.ceb." + name();
    }

    /** The words a secretary types: "Réussi", "échec", "non présenté", "absent"; anything else empty. */
    public static Optional<Ceb> parse(String value) {
        if (value == null) return Optional.empty();
        String v = Normalizer.normalize(value.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return switch (v) {
            case "REUSSI", "REUSSITE", "R" -> Optional.of(REUSSI);
            case "ECHEC", "E" -> Optional.of(ECHEC);
            case "NON_PRESENTE", "ABSENT", "NP" -> Optional.of(NON_PRESENTE);
            default -> Optional.empty();
        };
    }
}
