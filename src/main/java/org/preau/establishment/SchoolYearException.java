package org.preau.establishment;

/** A move the school year's state does not allow; the message key says which, in French. */
public class SchoolYearException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public SchoolYearException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
