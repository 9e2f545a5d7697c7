package org.preau.pupil;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Why a pupil left the school. */
public enum LeaveReason {
    CHANGEMENT_ECOLE, FIN_SCOLARITE, AUTRE;

    public String translationKey() {
        return "pupil.leave." + name();
    }

    /** "changement d'école", "Fin de scolarité", "autre" (accents and case aside); anything else empty. */
    public static Optional<LeaveReason> parse(String value) {
        if (value == null) return Optional.empty();
        String v = Normalizer.normalize(value.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z]+", "_");
        return switch (v) {
            case "CHANGEMENT_ECOLE", "CHANGEMENT_D_ECOLE", "CHANGEMENT" -> Optional.of(CHANGEMENT_ECOLE);
            case "FIN_SCOLARITE", "FIN_DE_SCOLARITE", "FIN" -> Optional.of(FIN_SCOLARITE);
            case "AUTRE" -> Optional.of(AUTRE);
            default -> Optional.empty();
        };
    }
}
