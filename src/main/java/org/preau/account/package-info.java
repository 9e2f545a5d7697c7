/**
 * Paramètres › Comptes: the director manages the local accounts of their establishments (create,
 * roles, establishments, disable, unlock, one-time link by mail, temporary password, link to a
 * staff record), or, under Keycloak, sees who signed in. The accounts themselves belong to
 * {@code security}; this module brings the mail and the staff record together with them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comptes")
package org.preau.account;
