package org.preau.exchange;

/** IN: received or imported by Préau; OUT: sent or exported. */
public enum ExchangeDirection {
    IN, OUT;

    public String translationKey() {
        return "exchange.direction." + name();
    }
}
