package org.preau.miroir;

import org.preau.base.Texts;

/** A send the wizard cannot make (no capital-périodes for the year, …), in French. */
public class MiroirSendRefusedException extends RuntimeException {

    MiroirSendRefusedException(String messageKey, Object... arguments) {
        super(Texts.get(messageKey, arguments));
    }
}
