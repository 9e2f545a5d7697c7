package org.preau.siecle;

import org.preau.base.Texts;

/**
 * An uploaded file refused as a whole. The message is French and says what and where; nothing
 * of the file was written.
 */
public class ImportRefusedException extends RuntimeException {

    private final String location;

    public ImportRefusedException(String location, String messageKey, Object... arguments) {
        super(Texts.get(messageKey, arguments));
        this.location = location;
    }

    /** Where in the file (line, element, field), in French; null when the whole file is concerned. */
    public String location() {
        return location;
    }
}
