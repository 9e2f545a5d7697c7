package org.preau.learner;

import java.time.LocalDate;

/** One line of the learners list: the birth date and division tell two namesakes apart. */
public record LearnerRow(long id, String nom, String nomUsage, String prenom, String ine, String division,
                         String codeMef, String formation, boolean active, LocalDate exitDate,
                         LocalDate birthDate, boolean receivedByTransfer) {

    /** Created here by a transfer and still without a division from a SIECLE import. */
    public boolean awaitingDivision() {
        return receivedByTransfer && (division == null || division.isBlank());
    }

    /** The name the school uses: nom d'usage when there is one. */
    public String displayName() {
        return nomUsage != null && !nomUsage.isBlank() ? nomUsage : nom;
    }
}
