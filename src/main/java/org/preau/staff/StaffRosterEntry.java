package org.preau.staff;

import java.time.LocalDate;
import java.util.Set;

/**
 * One person of an establishment as transfers to outside systems need them: identity, private
 * e-mail, functions in one school year, exit date, and that year's presences and fonction de promotion.
 */
public record StaffRosterEntry(long id, String nomUsage, String prenom, LocalDate dateNaissance, String emailPerso,
                               Set<String> functions, LocalDate exitDate, boolean presenceAdministrative, boolean presencePhysique,
                               boolean fonctionPromotion, String username) {

    public StaffRosterEntry {
        functions = Set.copyOf(functions);
    }

    public String displayName() {
        return nomUsage + " " + prenom;
    }

    public boolean hasFunction(String code) {
        return functions.contains(code);
    }
}
