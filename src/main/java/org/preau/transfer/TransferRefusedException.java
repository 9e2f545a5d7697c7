package org.preau.transfer;

import org.preau.base.TranslatedException;

/** A transfer the rules refuse; the message is French, for the director. */
public class TransferRefusedException extends TranslatedException {

    TransferRefusedException(String key, Object... arguments) {
        super(key, arguments);
    }

    /** The translation key of the reason (tests and screens tell the refusals apart by it). */
    public String key() {
        return messageKey();
    }
}
