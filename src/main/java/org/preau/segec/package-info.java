/**
 * SeGEC accounts of a Belgian establishment's staff: the printed "Autorisation Compte SeGEC"
 * forms and their scanned return, the collective and individual account activation, and the
 * automatic transfer of the staff to the Extranet SeGEC, all through the peer outbox
 * ({@code PEERS.md}) with a pre-flight check before every send.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SeGEC")
package org.preau.segec;
