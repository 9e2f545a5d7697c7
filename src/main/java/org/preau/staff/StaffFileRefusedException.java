package org.preau.staff;

import org.preau.base.RefusedFileException;

/** A staff file (or a confirmation) refused as a whole; the message is French and says what and where. */
public class StaffFileRefusedException extends RefusedFileException {

    public StaffFileRefusedException(String location, String messageKey, Object... arguments) {
        super(location, messageKey, arguments);
    }
}
