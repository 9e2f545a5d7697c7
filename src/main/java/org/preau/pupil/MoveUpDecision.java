package org.preau.pupil;

/** What becomes of a pupil at the move-up: the proposal (next level), kept back, another class, or leaving. */
public enum MoveUpDecision {
    PROPOSITION, MAINTIEN, CLASSE, DEPART;

    public String translationKey() {
        return "pupil.moveUp.decision." + name();
    }
}
