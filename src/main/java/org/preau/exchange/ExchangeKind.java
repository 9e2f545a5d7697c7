package org.preau.exchange;

/** What was exchanged. The French label is under {@code exchange.kind.<NAME>} in the translations. */
public enum ExchangeKind {
    SIECLE_BEE, STS_WEB, NOMENCLATURE, LEARNER_TRANSFER, SEGEC_ACTIVATION, SEGEC_EXTRANET, MIROIR, CAPITAL_PERIODES,
    /** The staff list of a school without STS-WEB, as CSV. */
    STAFF_CSV,
    /** The pupil list of a Belgian school, as CSV (ProEco, Primver, a spreadsheet). */
    PUPIL_CSV,
    /** The retention job: leavers scrubbed, old original files and journal rows deleted. */
    RETENTION;

    public String translationKey() {
        return "exchange.kind." + name();
    }
}
