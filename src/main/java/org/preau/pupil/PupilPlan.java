package org.preau.pupil;

import org.preau.learner.KnownLearner;

import java.util.List;

/**
 * What an import (or a form) will write into a school year: one entry per line, the pupils
 * active before and absent from the file (deactivated, never deleted), and the warnings.
 */
record PupilPlan(List<Planned> planned, List<KnownLearner> absentLeavers, List<PupilFileRefusedException.Problem> warnings) {

    enum Kind { ARRIVAL, CHANGE, UNCHANGED }

    /**
     * One line. {@code learnerId} null: a pupil new to the school, under the new key {@code key}.
     * {@code leaving}: the line gives a date of leaving that deactivates an active pupil.
     */
    record Planned(long line, Long learnerId, String key, PupilInput input, Kind kind, List<String> changes,
                   KnownLearner known, boolean identity, boolean enrolment, boolean active, boolean leaving, boolean returning,
                   PupilStore.Stored pupil, PupilStore.Year year) {
    }

    long count(Kind kind) {
        return planned.stream().filter(p -> p.kind() == kind).count();
    }
}
