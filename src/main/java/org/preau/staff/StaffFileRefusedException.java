package org.preau.staff;

import org.preau.base.Texts;

/** A staff file (or a confirmation) refused as a whole; the message is French and says what and where. */
public class StaffFileRefusedException extends RuntimeException {

    private final String location;

    public StaffFileRefusedException(String location, String messageKey, Object... arguments) {
        super(Texts.get(messageKey, arguments));
        this.location = location;
    }

    /** Where in the file (line, column), in French; null when the whole file is concerned. */
    public String location() {
        return location;
    }
}
