package org.preau.transfer;

/** AUTOMATIC: two SIECLE imports matched by INE; MANUAL: chosen by the director with a recorded consent. */
public enum TransferMode {
    AUTOMATIC, MANUAL;

    public String translationKey() {
        return "transfer.mode." + name();
    }

    /** The consent kind the peers' contract names. */
    String consentKind() {
        return this == AUTOMATIC ? "AUTOMATIC_SIECLE" : "SIGNED_FORM";
    }
}
