package org.preau.pupil;

import java.time.LocalDate;

/**
 * A pupil as a form or a CSV line gives them for a school year, values already checked one by
 * one ({@code niss}: eleven digits with a right key, or null).
 */
public record PupilInput(String nom, String prenom, String sexe, LocalDate dateNaissance, String lieuNaissance,
                         String nationalite, String niss, String numero, String implantation, String implantationFase,
                         SchoolLevel level, String classe, LocalDate entree, LocalDate sortie, LeaveReason motif, Ceb ceb) {

    public String displayName() {
        return nom + " " + prenom;
    }
}
