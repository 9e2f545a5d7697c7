/**
 * Inspector access: the diplomas an establishment subscribes to, their referent inspectors, and
 * whether the director grants those inspectors read access to the diploma's learners and records
 * (Paramètres › Accès inspecteur). Each change is recorded and mailed to the referents. The
 * learner services ask {@link org.preau.learner.LearnerReadGrants} (implemented here) on every
 * call; the inspector console lists what is granted across the inspector's establishments.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accès inspecteur")
package org.preau.inspection;
