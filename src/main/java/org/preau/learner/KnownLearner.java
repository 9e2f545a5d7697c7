package org.preau.learner;

import java.time.LocalDate;

/**
 * A learner as the database knows it before an import into a school year: identity, and the
 * enrolment that describes them "before" — the one of that year if any, else their latest one
 * of an earlier year ({@code enrolmentStartYear} 0 when they have none).
 *
 * @param groups the group codes joined by {@code |}, or null
 */
public record KnownLearner(long learnerId, String siecleKey, String ine, String eleveId, String nom, String nomUsage,
                           String prenom, String prenom2, String prenom3, String sexe, LocalDate dateNaissance,
                           long enrolmentSchoolYearId, int enrolmentStartYear, String division, String groups,
                           String codeMef, boolean active, LocalDate entryDate, LocalDate exitDate) {

    public boolean enrolledIn(long schoolYearId) {
        return enrolmentSchoolYearId == schoolYearId;
    }

    public String displayName() {
        return (nomUsage != null && !nomUsage.isBlank() ? nomUsage : nom) + " " + prenom;
    }
}
