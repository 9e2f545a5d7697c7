/**
 * The Miroir transfer of a Belgian school: the capital-périodes of a year (imported from a
 * documented CSV), the pupil data the indicators need (level, implantation, June CEB result),
 * the yearly indicators with the detail of their calculation down to the source rows, and the
 * confirmed send to the Miroir collection point through the peer outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transfert Miroir")
package org.preau.miroir;
