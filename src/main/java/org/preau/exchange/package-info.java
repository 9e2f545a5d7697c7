/**
 * The exchange history: one row for every import, export and transfer, with its status, counts,
 * messages and original file. Every feature that talks to the outside world writes here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Échanges")
package org.preau.exchange;
