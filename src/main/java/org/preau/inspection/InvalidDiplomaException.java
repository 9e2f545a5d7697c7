package org.preau.inspection;

import org.preau.base.Texts;

/** A diploma or referent the director cannot add; the message is French. */
public class InvalidDiplomaException extends RuntimeException {

    public InvalidDiplomaException(String key, Object... arguments) {
        super(Texts.get(key, arguments));
    }
}
