package org.preau.security;

import org.preau.base.TranslatedException;

/** A refused account change the director can correct: the French message, and the form field it is about (or null). */
public class AccountException extends TranslatedException {

    private final String field;

    AccountException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** {@code username}, {@code displayName}, {@code email}, {@code roles}, {@code establishments}, or null for the whole form. */
    public String field() {
        return field;
    }
}
