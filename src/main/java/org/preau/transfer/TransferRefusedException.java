package org.preau.transfer;

import org.preau.base.Texts;

/** A transfer the rules refuse; the message is French, for the director. */
public class TransferRefusedException extends RuntimeException {

    private final String key;

    TransferRefusedException(String key, Object... arguments) {
        super(Texts.get(key, arguments));
        this.key = key;
    }

    /** The translation key of the reason (tests and screens tell the refusals apart by it). */
    public String key() {
        return key;
    }
}
