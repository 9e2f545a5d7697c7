/**
 * The sandbox peer: the SeGEC extranet and the Miroir collection point as {@code PEERS.md}
 * defines them, served by Préau itself under {@code /sandbox/...} and storing what they receive,
 * with pages that show it. It is the embedded default, so that every send can be tried end to end
 * with no outside system; production turns it off ({@code preau.sandbox.enabled=false}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bac à sable")
package org.preau.sandbox;
