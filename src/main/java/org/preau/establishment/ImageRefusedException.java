package org.preau.establishment;

import org.preau.base.TranslatedException;

/** An uploaded logo or cachet that Préau does not keep; the message is French and says why. */
public class ImageRefusedException extends TranslatedException {

    public ImageRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
