package org.preau.miroir;

import org.preau.base.RefusedFileException;

/** A Miroir CSV refused as a whole: French message with its line and column; nothing was written. */
class MiroirFileRefusedException extends RefusedFileException {

    MiroirFileRefusedException(String location, String messageKey, Object... arguments) {
        super(location, messageKey, arguments);
    }
}
