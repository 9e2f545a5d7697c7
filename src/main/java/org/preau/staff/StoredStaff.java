package org.preau.staff;

import java.time.LocalDate;

/** A staff member's row as the import compares it with the file. */
record StoredStaff(long id, String externalType, String externalId, String civilite, String nomUsage, String nomPatronymique,
                   String prenom, LocalDate dateNaissance, String sexe, String grade, String emailPro, String emailPerso) {

    String key() {
        return externalType + ":" + externalId;
    }
}
