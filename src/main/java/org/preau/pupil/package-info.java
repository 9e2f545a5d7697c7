/**
 * The pupils of a Belgian school (Fédération Wallonie-Bruxelles), which SIECLE does not know:
 * NISS, implantations, levels, classes, the June CEB; entered by hand or imported from a CSV
 * (ProEco, Primver, a spreadsheet), and moved up a level at the switchover. Identity and the
 * year's enrolment go through the learner module, so that both systems share one list and page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Élèves FWB")
package org.preau.pupil;
