package org.preau.exchange;

/** Which exchanges the history shows; a null field does not filter. */
public record ExchangeFilter(ExchangeKind kind, ExchangeStatus status, Long schoolYearId) {

    public static final ExchangeFilter ALL = new ExchangeFilter(null, null, null);
}
