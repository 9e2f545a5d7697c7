package org.preau.siecle;

import org.preau.base.RefusedFileException;

/**
 * An uploaded file refused as a whole. The message is French and says what and where; nothing
 * of the file was written.
 */
public class ImportRefusedException extends RefusedFileException {

    public ImportRefusedException(String location, String messageKey, Object... arguments) {
        super(location, messageKey, arguments);
    }
}
