package org.preau.establishment;

import org.preau.base.TranslatedException;

/** A move the school year's state does not allow; the message key says which, in French. */
public class SchoolYearException extends TranslatedException {

    public SchoolYearException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
