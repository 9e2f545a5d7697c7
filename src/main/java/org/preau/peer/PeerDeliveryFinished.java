package org.preau.peer;

import java.util.UUID;

/**
 * Published once when a send reaches a final state (delivered, refused, unauthorised, failed).
 * Features listen with {@code @ApplicationModuleListener} and filter on {@link #purpose()}.
 *
 * @param responseBody the peer's answer (JSON) when there was one
 * @param problem      the peer's problem detail, or Préau's reason, in a sentence for the user
 */
public record PeerDeliveryFinished(UUID deliveryId, PeerKind peer, long establishmentId, String purpose, String reference,
                                   Long exchangeId, DeliveryStatus status, Integer httpStatus, String responseBody,
                                   String problem) {
}
