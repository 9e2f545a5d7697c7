package org.preau.exchange;

/** SUCCESS: all done; PARTIAL: done with some refusals; FAILURE: nothing done; PENDING: not finished yet. */
public enum ExchangeStatus {
    PENDING, SUCCESS, PARTIAL, FAILURE;

    public String translationKey() {
        return "exchange.status." + name();
    }
}
