package org.preau.learner;

import java.time.LocalDate;

/**
 * A learner as an import wants them in a school year. The import says what to write: the
 * identity (new learner, or a changed name, sex or birth date), the enrolment (new or changed),
 * and which event the write stands for.
 *
 * @param learnerId the known learner's id, or null for a learner new to the establishment
 * @param groups    group codes joined by {@code |}, or null
 */
public record ImportedLearner(Long learnerId, String siecleKey, String ine, String eleveId, String nom, String nomUsage, String prenom,
                              String prenom2, String prenom3, String sexe, LocalDate dateNaissance, String division,
                              String groups, String codeMef, boolean active, LocalDate entryDate, LocalDate exitDate,
                              boolean writeIdentity, boolean writeEnrolment, Movement movement) {

    /** What the write means for the learner's presence in the establishment. */
    public enum Movement {
        NONE, ARRIVED, RETURNED, LEFT
    }

    /** The sort key of the learners list: nom d'usage (or nom), then prénom. */
    static String sortName(String nom, String nomUsage, String prenom) {
        String name = (nomUsage != null && !nomUsage.isBlank() ? nomUsage : nom) + " " + prenom;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
