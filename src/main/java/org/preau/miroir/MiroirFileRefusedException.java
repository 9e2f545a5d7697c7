package org.preau.miroir;

import org.preau.base.Texts;

/** A Miroir CSV refused as a whole: French message with its line and column; nothing was written. */
public class MiroirFileRefusedException extends RuntimeException {

    private final String location;

    MiroirFileRefusedException(String location, String messageKey, Object... arguments) {
        super(Texts.get(messageKey, arguments));
        this.location = location;
    }

    /** "ligne 4, colonne periodes", or null for the whole file. */
    public String location() {
        return location;
    }
}
