/**
 * Sending to outside peers (SeGEC extranet, Miroir collection point, another Préau) as
 * {@code PEERS.md} in the docs describes: every send is recorded first with its idempotency key
 * ({@link org.preau.peer.PeerDeliveries#send}), handed to a listener after commit through Spring
 * Modulith's event publication registry, and retried with back-off until it is delivered, refused
 * for good, or 72 hours old. Features learn the outcome from {@link org.preau.peer.PeerDeliveryFinished}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pairs extérieurs")
package org.preau.peer;
