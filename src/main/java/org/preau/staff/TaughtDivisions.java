package org.preau.staff;

import java.util.Set;

/**
 * The divisions a teacher serves in a school year: those they teach directly, and those their
 * groups draw their pupils from. The teacher is the staff member whose account is
 * {@code username} (linked by a director on the staff page).
 */
public interface TaughtDivisions {

    /** Division codes (as in SIECLE, e.g. "2NDE 1"); empty when the account is linked to nobody. */
    Set<String> divisionsOf(String username, long schoolYearId);
}
