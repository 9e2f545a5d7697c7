package org.preau.segec;

/** A SeGEC action refused for a reason the user can act on; the message is French. */
public class SegecException extends RuntimeException {

    public SegecException(String message) {
        super(message);
    }
}
