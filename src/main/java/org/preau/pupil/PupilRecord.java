package org.preau.pupil;

import java.time.LocalDate;

/**
 * A Belgian pupil's record in a school year, for the learner page.
 *
 * @param implantation null when the pupil has no enrolment in that year
 */
public record PupilRecord(long learnerId, String nom, String prenom, String sexe, LocalDate dateNaissance, String lieuNaissance,
                          String nationalite, String niss, String numero, Implantation implantation, SchoolLevel level, String classe,
                          LocalDate entree, LocalDate sortie, LeaveReason motif, Ceb ceb, boolean active) {

    /** The record as a form starts from it. */
    public PupilInput input() {
        return new PupilInput(nom, prenom, sexe, dateNaissance, lieuNaissance, nationalite, niss, numero,
                implantation == null ? null : implantation.name(), implantation == null ? null : implantation.fase(),
                level, classe, entree, sortie, motif, ceb);
    }
}
