package org.preau.learner;

import org.preau.base.TranslatedException;

/** A record refused for its content; the key names the French message. */
public class RecordRejectedException extends TranslatedException {

    public RecordRejectedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
