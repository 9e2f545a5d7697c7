package org.preau.pupil;

import java.util.List;
import java.util.Map;

/**
 * The move-up of a Belgian school's pupils from the closing year to the next: one line per pupil
 * active in the closing year, and the counts per class of the new year.
 *
 * @param perNewClass pupils per class of the new year ("P4B · Centre")
 */
public record MoveUpPlan(String closingYear, List<Line> pupils, Map<String, Integer> perNewClass, int movingUp, int keptBack,
                         int leaving, int alreadyEnrolled) {

    /**
     * One pupil. {@code toLevel} null: the pupil leaves. {@code alreadyEnrolled}: the new year already
     * has the pupil (entered or imported in advance), which the move-up leaves as it is.
     */
    public record Line(long learnerId, String name, String implantation, SchoolLevel fromLevel, String fromClass,
                       MoveUpDecision decision, SchoolLevel toLevel, String toClass, boolean alreadyEnrolled) {

        public boolean leaves() {
            return toLevel == null;
        }
    }

    public int staying() {
        return movingUp + keptBack;
    }
}
