package org.preau.learner;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Who a learner is, for work that runs beside the screens (transfers): identity and whether the
 * learner's latest enrolment is active.
 *
 * @param leftAt when the latest enrolment was deactivated, or null
 */
public record LearnerIdentity(long id, long establishmentId, String ine, String nom, String prenom, LocalDate dateNaissance,
                              boolean active, LocalDate exitDate, Instant leftAt) {

    public String fullName() {
        return nom + " " + prenom;
    }
}
