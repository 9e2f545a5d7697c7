package org.preau.learner;

import java.util.Map;

/**
 * Rows an import wrote, and the ids of the learners it named by key without an id (new ones, or
 * found by their key), so that the caller need not read the roster again to learn them.
 */
public record RosterResult(int identitiesWritten, int enrolmentsWritten, int deactivated, int arrived, int left,
                           Map<String, Long> idsByKey) {
}
