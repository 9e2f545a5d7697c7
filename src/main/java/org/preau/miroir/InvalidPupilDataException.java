package org.preau.miroir;

import org.preau.base.TranslatedException;

/** Pupil data refused on the learner page (French message). */
public class InvalidPupilDataException extends TranslatedException {

    InvalidPupilDataException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
