package org.preau.pupil;

import org.preau.base.Texts;

/** A pupil form refused: the French message names the field ({@link #field()}). Nothing was written. */
public class InvalidPupilException extends RuntimeException {

    private final String field;

    InvalidPupilException(String field, String messageKey, Object... arguments) {
        super(Texts.get(messageKey, arguments));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
