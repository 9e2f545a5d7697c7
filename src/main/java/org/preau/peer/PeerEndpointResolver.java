package org.preau.peer;

/**
 * Finds the endpoint of a peer for one send. SeGEC and Miroir come from configuration
 * ({@code preau.peers.*}); a feature may provide its own resolver as a bean for its kind (the
 * learner transfers resolve another Préau from their UAI directory), which then wins.
 */
public interface PeerEndpointResolver {

    PeerKind kind();

    /**
     * @param establishmentId the sending establishment
     * @param target          what the send names as its destination (a UAI for {@link PeerKind#PREAU}), or null
     * @throws PeerUnreachableException when no endpoint is configured (the send then fails with that message)
     */
    PeerEndpoint resolve(long establishmentId, String target);
}
