/**
 * The staff of an establishment: identity, e-mails, exit date, the presences (administrative,
 * physical) and fonction de promotion per school year,
 * disciplines, functions per school year (ENS, DIR, EDU, DOC…) and the divisions and groups
 * each teacher serves per year. Imports (STS-WEB, a Belgian school's CSV) hand a
 * {@link org.preau.staff.StaffSnapshot} to {@link org.preau.staff.StaffSync}, which previews
 * the differences and writes them in one transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personnels")
package org.preau.staff;
