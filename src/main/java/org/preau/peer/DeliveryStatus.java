package org.preau.peer;

/**
 * PENDING: waiting for its (next) try; SENDING: a node is trying it now; DELIVERED: the peer said
 * 2xx; REJECTED: the peer refused the data (400/409/422), not retried; UNAUTHORIZED: the peer
 * refused the key (401/403), not retried, a configuration error; FAILED: still undelivered after
 * the retry period (or no endpoint configured).
 */
public enum DeliveryStatus {
    PENDING, SENDING, DELIVERED, REJECTED, UNAUTHORIZED, FAILED;

    public boolean finished() {
        return this != PENDING && this != SENDING;
    }

    public String translationKey() {
        return "peer.status." + name();
    }
}
