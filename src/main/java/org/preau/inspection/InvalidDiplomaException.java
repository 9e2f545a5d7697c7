package org.preau.inspection;

import org.preau.base.TranslatedException;

/** A diploma or referent the director cannot add; the message is French. */
public class InvalidDiplomaException extends TranslatedException {

    public InvalidDiplomaException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
