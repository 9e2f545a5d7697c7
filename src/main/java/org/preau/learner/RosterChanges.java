package org.preau.learner;

import java.util.List;
import java.util.Map;

/**
 * What an import writes into a school year: the learners of the file that are new or changed,
 * the learners active before who are absent from the file (they are deactivated, never deleted),
 * and the learners whose SIECLE key changes (learner id → new key: an INE given to a pupil known
 * by ELEVE_ID only), re-keyed before the writes so that they stay one learner.
 */
public record RosterChanges(List<ImportedLearner> writes, List<KnownLearner> absentLeavers, Map<Long, String> rekeys) {

    public RosterChanges {
        rekeys = rekeys == null ? Map.of() : Map.copyOf(rekeys);
    }

    public RosterChanges(List<ImportedLearner> writes, List<KnownLearner> absentLeavers) {
        this(writes, absentLeavers, Map.of());
    }
}
