package org.preau.privacy;

/** The consents Préau records, each in the module that acts on it. */
public enum ConsentKind {
    /** A staff member's signed SeGEC authorisation for the year (segec). */
    SEGEC,
    /** The director's agreement to the automatic Extranet SeGEC transfer (segec). */
    EXTRANET,
    /** A learner-transfer consent: a signed form (manual) or the SIECLE match (automatic) (transfer). */
    TRANSFER,
    /** A director's grant of a diploma's learners to its referent inspectors (inspection). */
    INSPECTOR;

    public String translationKey() {
        return "privacy.consent.kind." + name();
    }

    /** What withdrawing it does, said before the director confirms. */
    public String withdrawTextKey() {
        return "privacy.consent.withdraw.text." + name();
    }
}
