package org.preau.miroir;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What periods of the capital-périodes are for, as a Belgian fundamental school holds them
 * (the codes of the capital-périodes CSV).
 */
public enum PeriodNature {
    /** Périodes d'encadrement des titulaires de classe. */
    ENC,
    /** Éducation physique. */
    EDPHY,
    /** Cours philosophiques et de philosophie et citoyenneté. */
    PHILO,
    /** Seconde langue. */
    LANG,
    /** Encadrement différencié. */
    DIFF,
    /** Aide à l'adaptation à la langue de l'enseignement (FLA). */
    FLA,
    /** Périodes de direction non titulaire, reliquats et autres. */
    AUTRE;

    public String translationKey() {
        return "miroir.nature." + name();
    }

    public static Optional<PeriodNature> parse(String value) {
        if (value == null) return Optional.empty();
        String v = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(n -> n.name().equals(v)).findFirst();
    }
}
