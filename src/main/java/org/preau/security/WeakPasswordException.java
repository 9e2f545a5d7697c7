package org.preau.security;

/** A password refused by {@link PasswordPolicy}; the key names the French message, with its arguments. */
public class WeakPasswordException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    WeakPasswordException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
