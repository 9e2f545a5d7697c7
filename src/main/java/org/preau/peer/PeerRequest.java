package org.preau.peer;

import java.util.Objects;

/**
 * One write to a peer, as a feature asks for it.
 *
 * @param peer            the peer
 * @param establishmentId the sending establishment (its key is used; the delivery belongs to it)
 * @param target          the destination as the resolver needs it (a UAI for another Préau), or null
 * @param purpose         what the send is for, in the feature's words (e.g. {@code segec.member}); listeners of
 *                        {@link PeerDeliveryFinished} filter on it
 * @param reference       the feature's own id of what is sent (a staff id, a submission id), or null
 * @param exchangeId      the exchange-history row this send belongs to, or null
 * @param method          {@code POST} or {@code PUT}
 * @param path            the path under the base URL, e.g. {@code /api/v1/establishments/5432/activations}
 * @param body            serialised to JSON when the send is recorded (a record or a map)
 * @param settlesExchange true: the delivery alone decides the exchange's status (success when delivered,
 *                        failure otherwise); false: the feature settles it from the events (several
 *                        deliveries per exchange)
 */
public record PeerRequest(PeerKind peer, long establishmentId, String target, String purpose, String reference,
                          Long exchangeId, String method, String path, Object body, boolean settlesExchange) {

    public PeerRequest {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) throw new IllegalArgumentException("path must start with /: " + path);
    }
}
