package org.preau.learner;

/** Rows an import wrote. */
public record RosterResult(int identitiesWritten, int enrolmentsWritten, int deactivated, int arrived, int left) {
}
