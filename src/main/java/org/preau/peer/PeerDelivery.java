package org.preau.peer;

import java.time.Instant;
import java.util.UUID;

/** What Préau knows of one send: its state, tries and the peer's last answer. */
public record PeerDelivery(UUID id, long establishmentId, PeerKind peer, String target, String purpose, String reference,
                           Long exchangeId, boolean settlesExchange, String method, String path, String body, UUID idempotencyKey,
                           DeliveryStatus status, int attempts, Instant createdAt, Instant nextAttemptAt,
                           Instant finishedAt, Integer httpStatus, String responseBody, String lastError) {
}
