package org.preau.siecle;

import org.preau.exchange.ExchangeKind;

/** What a SIECLE upload is: the pupils' export (BEE) or the nomenclatures. */
public enum ImportKind {
    SIECLE_BEE(ExchangeKind.SIECLE_BEE, "BEE_ELEVES"),
    NOMENCLATURE(ExchangeKind.NOMENCLATURE, "BEE_NOMENCLATURES");

    private final ExchangeKind exchangeKind;
    private final String root;

    ImportKind(ExchangeKind exchangeKind, String root) {
        this.exchangeKind = exchangeKind;
        this.root = root;
    }

    public ExchangeKind exchangeKind() {
        return exchangeKind;
    }

    /** The root element the file must have. */
    public String root() {
        return root;
    }

    public String translationKey() {
        return "siecle.kind." + name();
    }
}
