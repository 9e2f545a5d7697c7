package org.preau.learner;

/** A record refused for its content; the key names the French message. */
public class RecordRejectedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RecordRejectedException(String messageKey, Object... arguments) {
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
