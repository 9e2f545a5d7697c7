package org.preau.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One person as an import file describes them. A null birth date, sex, grade, patronymic name
 * or e-mail means "not given by the file": the stored value is kept.
 *
 * @param externalType {@code epp} or {@code local} (STS-WEB), {@code csv} (a school's own list)
 * @param externalId   the person's identifier in that source: the key, never the name
 * @param civilite     {@code M}, {@code MME} or {@code MLLE}, or null
 * @param sexe         {@code M}, {@code F} or null
 * @param functionCode ENS, DIR, EDU, DOC…; null when the file gives none
 * @param disciplines  null when the source has no disciplines (CSV)
 * @param served       the divisions and groups taught this year (empty for a CSV)
 * @param location     where the person is in the file, in French, for messages
 */
public record IncomingStaff(String externalType, String externalId, String civilite, String nomUsage, String nomPatronymique,
                            String prenom, LocalDate dateNaissance, String sexe, String grade, String functionCode,
                            String emailPro, String emailPerso, List<Discipline> disciplines, Set<ServedStructure> served,
                            String location) {

    public IncomingStaff {
        disciplines = disciplines == null ? null : List.copyOf(disciplines);
        served = served == null ? Set.of() : Set.copyOf(served);
    }

    public String key() {
        return externalType + ":" + externalId;
    }
}
