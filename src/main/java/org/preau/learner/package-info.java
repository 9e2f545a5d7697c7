/**
 * Learners of an establishment: identity (name, INE), enrolment per school year (division,
 * groups, MEF and so diploma, active or left) and their records (bilans, fiches, évaluations).
 * Secretaries and directors read them; teachers see and write for the learners of their
 * divisions only. Imports write through {@link org.preau.learner.LearnerRoster} and
 * {@link org.preau.learner.MefCatalog}; arrivals and departures are published as events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Élèves")
package org.preau.learner;
