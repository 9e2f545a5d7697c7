package org.preau.security;

import org.preau.base.TranslatedException;

/** A password refused by {@link PasswordPolicy}; the key names the French message, with its arguments. */
public class WeakPasswordException extends TranslatedException {

    WeakPasswordException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
