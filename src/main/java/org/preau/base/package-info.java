/**
 * What every feature shares: the clock, school-year arithmetic, and the UI's error handling
 * (French messages with an error id that is also in the log).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commun")
package org.preau.base;
