package org.preau.establishment;

import org.preau.base.Texts;

/** An uploaded logo or cachet that Préau does not keep; the message is French and says why. */
public class ImageRefusedException extends RuntimeException {

    public ImageRefusedException(String key, Object... arguments) {
        super(Texts.get(key, arguments));
    }
}
