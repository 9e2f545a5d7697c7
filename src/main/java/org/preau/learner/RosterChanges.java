package org.preau.learner;

import java.util.List;

/**
 * What an import writes into a school year: the learners of the file that are new or changed,
 * and the learners active before who are absent from the file (they are deactivated, never deleted).
 */
public record RosterChanges(List<ImportedLearner> writes, List<KnownLearner> absentLeavers) {
}
