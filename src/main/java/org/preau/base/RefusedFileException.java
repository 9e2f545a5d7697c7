package org.preau.base;

/**
 * An uploaded file refused as a whole: a French message, where in the file when it points
 * somewhere, and nothing of the file written.
 */
public abstract class RefusedFileException extends TranslatedException implements LocatedRefusal {

    private final String location;

    protected RefusedFileException(String location, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.location = location;
    }

    /** Where in the file (line, column, element), in French; null when the whole file is concerned. */
    @Override
    public String location() {
        return location;
    }
}
