package org.preau.miroir;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** The June CEB (certificat d'études de base) result of a 6th-year primary pupil. */
public enum CebResult {
    REUSSI, ECHEC, NON_PRESENTE;

    public boolean presented() {
        return this != NON_PRESENTE;
    }

    public String translationKey() {
        return "miroir.ceb." + name();
    }

    /** The words a secretary types: "Réussi", "échec", "non présenté", "absent"; anything else empty. */
    public static Optional<CebResult> parse(String value) {
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
