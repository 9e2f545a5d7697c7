/**
 * The establishment: its identity (UAI for a French one, FASE for a Belgian one), address,
 * apprentice contacts, and the organising body it belongs to. Later: logo, cachet, modules,
 * school years.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Établissement")
package org.preau.establishment;
