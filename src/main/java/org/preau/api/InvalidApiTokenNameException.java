package org.preau.api;

/** The name given to a new token is empty or too long; the key names the French message. */
public class InvalidApiTokenNameException extends RuntimeException {

    private final String messageKey;

    public InvalidApiTokenNameException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
