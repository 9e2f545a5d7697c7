package org.preau.privacy;

/**
 * How long an establishment keeps personal data (Paramètres › Conservation des données).
 *
 * @param leaverYears    years after a learner left before their personal data are scrubbed
 * @param originalMonths months an import's original file is kept in the exchange history
 * @param auditYears     years a row of the journal of accesses is kept
 */
public record RetentionPolicy(int leaverYears, int originalMonths, int auditYears) {

    /** The defaults (docs/privacy.md): 5 years, 13 months, 3 years. */
    public static final RetentionPolicy DEFAULT = new RetentionPolicy(5, 13, 3);

    static final int MAX_LEAVER_YEARS = 30;
    static final int MAX_ORIGINAL_MONTHS = 120;
    static final int MAX_AUDIT_YEARS = 10;
}
