package org.preau.peer;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hears every finished send, for the tests. A scanned bean rather than a test configuration
 * imported by one class: an import would start a second application context, and two contexts in
 * one JVM leave the other test classes without their signed-in user.
 */
@Component
class PeerOutcomesProbe {

    final List<PeerDeliveryFinished> seen = new CopyOnWriteArrayList<>();

    @EventListener
    void on(PeerDeliveryFinished finished) {
        seen.add(finished);
    }
}
