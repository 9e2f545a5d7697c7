/**
 * The school-year switchover: the director closes the year en cours (it stays readable) and
 * starts the next one, with the staff's functions carried over. A wizard says what will
 * happen, shows every change, then runs it in one transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Passage d'année")
package org.preau.switchover;
