package org.preau.staff;

import java.time.LocalDate;
import java.util.List;

/** One line of the staff list, with the functions and divisions of the year asked for. */
public record StaffListItem(long id, String civilite, String nomUsage, String prenom, List<String> functions,
                            List<String> disciplines, List<String> structures, LocalDate exitDate, String username) {
}
