package org.preau.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * French texts for messages built away from the screen (import reports, mails, exchange
 * history), taken from the same translation bundle as the UI.
 */
public final class Texts {

    private static final Locale FRENCH = Locale.FRANCE;
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT);

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        try {
            String pattern = BUNDLE.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, FRENCH).format(arguments);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
