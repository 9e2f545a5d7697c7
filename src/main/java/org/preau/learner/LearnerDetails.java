package org.preau.learner;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The learner page: identity, the enrolment of the year the user works in (empty when the
 * learner is not enrolled that year) and every enrolment, newest first.
 */
public record LearnerDetails(long id, String nom, String nomUsage, String prenom, String prenom2, String prenom3,
                             String sexe, LocalDate dateNaissance, String ine, String eleveId,
                             Optional<EnrolmentView> enrolment, List<EnrolmentView> history, boolean canWriteRecords) {

    public String displayName() {
        return nomUsage != null && !nomUsage.isBlank() ? nomUsage : nom;
    }

    /** Prénom, 2e et 3e prénoms, as SIECLE lists them. */
    public String prenoms() {
        StringBuilder all = new StringBuilder(prenom);
        if (prenom2 != null && !prenom2.isBlank()) all.append(", ").append(prenom2);
        if (prenom3 != null && !prenom3.isBlank()) all.append(", ").append(prenom3);
        return all.toString();
    }
}
