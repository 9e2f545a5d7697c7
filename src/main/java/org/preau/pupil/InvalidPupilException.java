package org.preau.pupil;

import org.preau.base.TranslatedException;

/** A pupil form refused: the French message names the field ({@link #field()}). Nothing was written. */
public class InvalidPupilException extends TranslatedException {

    private final String field;

    InvalidPupilException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
