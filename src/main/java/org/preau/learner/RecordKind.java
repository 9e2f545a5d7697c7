package org.preau.learner;

/** The three kinds of learner records. */
public enum RecordKind {
    BILAN, FICHE, EVALUATION;

    public String translationKey() {
        return "learner.record.kind." + name();
    }
}
