package org.preau.exchange;

/**
 * One message of an exchange, already in French, with where it points (line, element, field)
 * when it points somewhere.
 */
public record ExchangeMessage(Severity severity, String text, String location) {

    public enum Severity {
        INFO, WARNING, ERROR;

        public String translationKey() {
            return "exchange.severity." + name();
        }
    }

    public static ExchangeMessage error(String text, String location) {
        return new ExchangeMessage(Severity.ERROR, text, location);
    }

    public static ExchangeMessage warning(String text, String location) {
        return new ExchangeMessage(Severity.WARNING, text, location);
    }

    public static ExchangeMessage info(String text) {
        return new ExchangeMessage(Severity.INFO, text, null);
    }
}
