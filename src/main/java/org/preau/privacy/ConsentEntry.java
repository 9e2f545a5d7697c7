package org.preau.privacy;

import java.time.Instant;

/**
 * One line of the consent register.
 *
 * @param reference the id in the owning module (transfer id, staff id, diploma id, establishment id)
 * @param person    about whom (a learner, a staff member, the learners of a diploma, the establishment)
 * @param purpose   what for, in French
 * @param givenBy   who gave it, in French (the learner and guardians, the member, the director)
 */
public record ConsentEntry(ConsentKind kind, long reference, String person, String purpose, Instant givenAt, String givenBy,
                           String recordedBy, boolean hasProof, Instant withdrawnAt, String withdrawnBy) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
