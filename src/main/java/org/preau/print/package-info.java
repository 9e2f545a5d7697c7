/**
 * What every printed form shares: the embedded fonts and the establishment's letterhead (name,
 * address, logo) and cachet. Forms themselves (consent forms, SeGEC authorisations) live in their
 * feature and build on {@link org.preau.print.Letterheads}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Impression")
package org.preau.print;
