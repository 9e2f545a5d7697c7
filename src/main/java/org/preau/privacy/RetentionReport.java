package org.preau.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a retention run removes (or, as a dry-run, would remove) in one establishment.
 *
 * @param leftBefore      learners who left before this day are scrubbed
 * @param originalsBefore original files of exchanges started before this are deleted
 * @param auditBefore     rows of the journal of accesses older than this are deleted
 * @param scrubbed        the learners scrubbed, by name as it was
 * @param kept            the learners old enough but kept for now, and why
 * @param rowsByTable     rows changed per table by the scrub
 */
public record RetentionReport(RetentionPolicy policy, LocalDate leftBefore, Instant originalsBefore, Instant auditBefore,
                              List<Person> scrubbed, List<Kept> kept, Map<String, Integer> rowsByTable, int originalsDeleted,
                              int auditRowsDeleted) {

    public record Person(long learnerId, String name, LocalDate leftOn) {
    }

    /** @param reason RUNNING_TRANSFER or CONSENT_PROOF */
    public record Kept(long learnerId, String name, LocalDate leftOn, String reason) {
        public String reasonKey() {
            return "privacy.retention.kept." + reason;
        }
    }

    /** The translation key of a table's French name ({@code privacy.table.<table>}). */
    public static String tableKey(String table) {
        return "privacy.table." + table;
    }

    public boolean removesNothing() {
        return scrubbed.isEmpty() && originalsDeleted == 0 && auditRowsDeleted == 0;
    }
}
