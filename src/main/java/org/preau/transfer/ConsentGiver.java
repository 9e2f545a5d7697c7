package org.preau.transfer;

/** Who gave the consent to a manual transfer. */
public enum ConsentGiver {
    LEARNER, GUARDIANS, LEARNER_AND_GUARDIANS;

    public String translationKey() {
        return "transfer.consent.giver." + name();
    }
}
