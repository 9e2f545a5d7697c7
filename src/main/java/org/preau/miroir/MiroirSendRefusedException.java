package org.preau.miroir;

import org.preau.base.TranslatedException;

/** A send the wizard cannot make (no capital-périodes for the year, …), in French. */
class MiroirSendRefusedException extends TranslatedException {

    MiroirSendRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
