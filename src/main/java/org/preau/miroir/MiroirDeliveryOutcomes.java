package org.preau.miroir;

import org.preau.peer.DeliveryStatus;
import org.preau.peer.PeerDeliveryFinished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Hears the outbox's final outcome of each Miroir send and keeps the collection point's answer. */
@Component
class MiroirDeliveryOutcomes {

    private final MiroirTransfer transfer;

    MiroirDeliveryOutcomes(MiroirTransfer transfer) {
        this.transfer = transfer;
    }

    @ApplicationModuleListener
    void on(PeerDeliveryFinished finished) {
        if (!MiroirTransfer.PURPOSE.equals(finished.purpose()) || finished.reference() == null) return;
        long submissionId = Long.parseLong(finished.reference());
        if (finished.status() == DeliveryStatus.DELIVERED) transfer.delivered(submissionId, finished.deliveryId(), finished.responseBody());
        else transfer.notDelivered(submissionId, finished.deliveryId(), finished.problem());
    }
}
