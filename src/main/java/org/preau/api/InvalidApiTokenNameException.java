package org.preau.api;

import org.preau.base.TranslatedException;

/** The name given to a new token is empty or too long; the key names the French message. */
public class InvalidApiTokenNameException extends TranslatedException {

    public InvalidApiTokenNameException(String messageKey) {
        super(messageKey);
    }
}
