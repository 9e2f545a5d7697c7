package org.preau.siecle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One ELEVE of a BEE export, as read (values trimmed, dates parsed, structures attached). */
final class BeePupil {
    final String eleveId;
    final int line;
    String ine;
    boolean ineElement;
    String nom;
    String nomUsage;
    String prenom;
    String prenom2;
    String prenom3;
    String sexe;
    LocalDate dateNaissance;
    LocalDate dateEntree;
    LocalDate dateSortie;
    String codeMef;
    String division;
    final List<String> groups = new ArrayList<>(2);
    boolean active;

    BeePupil(String eleveId, int line) {
        this.eleveId = eleveId;
        this.line = line;
    }

    /** Rule 2: the INE, or the ELEVE_ID when the INE is empty. */
    String key() {
        return ine != null ? ine : "ELEVE_ID:" + eleveId;
    }

    String displayName() {
        return (nomUsage != null ? nomUsage : nom) + " " + (prenom == null ? "" : prenom);
    }

    /** Group codes joined by |, in file order, or null. */
    String groupCodes() {
        return groups.isEmpty() ? null : groups.size() == 1 ? groups.getFirst() : String.join("|", groups);
    }
}
