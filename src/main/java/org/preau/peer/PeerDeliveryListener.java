package org.preau.peer;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The first try of a send, right after the transaction that recorded it committed. The event
 * sits in the publication registry until this returns, so it is tried again after a crash.
 */
@Component
class PeerDeliveryListener {

    private final PeerDeliveryAttempts attempts;

    PeerDeliveryListener(PeerDeliveryAttempts attempts) {
        this.attempts = attempts;
    }

    @ApplicationModuleListener
    void on(PeerDeliveryRequested requested) {
        attempts.attempt(requested.deliveryId());
    }
}
