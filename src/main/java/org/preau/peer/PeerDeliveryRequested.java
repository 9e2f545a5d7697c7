package org.preau.peer;

import java.util.UUID;

/** Internal: a send was recorded; its first try happens after the recording transaction commits. */
record PeerDeliveryRequested(UUID deliveryId) {
}
