package org.preau.peer;

/** No endpoint is known for a peer (not configured, or the destination is not in the directory). French message. */
public class PeerUnreachableException extends RuntimeException {

    public PeerUnreachableException(String message) {
        super(message);
    }
}
