package org.preau.base;

import java.util.Collection;
import java.util.Map;

/**
 * What a feature module does when the retention job scrubs learners (or staff members) who left long ago: it
 * anonymises its own tables (each module owns its tables; privacy only decides who and when).
 * Implemented by a bean in every module that holds something about learners; privacy calls them
 * all inside one transaction, which its dry-run rolls back.
 */
public interface LeaverScrub {

    /**
     * Scrubs what this module holds about these learners of the establishment: names replaced,
     * identifiers, birth dates and e-mails cleared, free text removed; keeps what counts need.
     *
     * @return rows changed per table (only tables with at least one row)
     */
    Map<String, Integer> scrub(long establishmentId, Collection<PersonTraces> people);

    /**
     * Scrubs what this module holds about these staff members who left the establishment long ago
     * ({@link PersonTraces#id()} is then the staff member's id): the same rules as for learners.
     * Nothing by default: most modules hold nothing about staff.
     *
     * @return rows changed per table (only tables with at least one row)
     */
    default Map<String, Integer> scrubStaff(long establishmentId, Collection<PersonTraces> staff) {
        return Map.of();
    }
}
