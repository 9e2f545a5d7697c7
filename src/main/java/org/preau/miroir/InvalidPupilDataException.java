package org.preau.miroir;

import org.preau.base.Texts;

/** Pupil data refused on the learner page (French message). */
public class InvalidPupilDataException extends RuntimeException {

    InvalidPupilDataException(String messageKey, Object... arguments) {
        super(Texts.get(messageKey, arguments));
    }
}
