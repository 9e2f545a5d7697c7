package org.preau.learner;

/** Filter of the learners list: active ones, those who left, or both. */
public enum LearnerStatus {
    ACTIVE, INACTIVE, ALL;

    public String translationKey() {
        return "learner.status." + name();
    }
}
