package org.preau.base;

/**
 * A refusal the user can act on: its message is the French text of a translation key, and the
 * key and arguments stay available to a screen that words it in place (next to a field, in a dialog).
 * The features' exceptions extend it instead of repeating the same fields.
 */
public abstract class TranslatedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected TranslatedException(String messageKey, Object... arguments) {
        super(Texts.get(messageKey, arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The translation key of the message (tests and screens tell refusals apart by it). */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
