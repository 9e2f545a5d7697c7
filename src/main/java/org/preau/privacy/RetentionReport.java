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
 * @param staffScrubbed   the staff members who left before {@code leftBefore}, scrubbed, by name as it was
 * @param staffKept       the staff members who left long enough ago but are kept for now, and why
 * @param rowsByTable     rows changed per table by the scrub (learners and staff)
 */
public record RetentionReport(RetentionPolicy policy, LocalDate leftBefore, Instant originalsBefore, Instant auditBefore,
                              List<Person> scrubbed, List<Kept> kept, List<StaffPerson> staffScrubbed, List<StaffKept> staffKept,
                              Map<String, Integer> rowsByTable, int originalsDeleted, int auditRowsDeleted) {

    public record Person(long learnerId, String name, LocalDate leftOn) {
    }

    /** @param reason RUNNING_TRANSFER or CONSENT_PROOF */
    public record Kept(long learnerId, String name, LocalDate leftOn, String reason) {
        public String reasonKey() {
            return "privacy.retention.kept." + reason;
        }
    }

    public record StaffPerson(long staffId, String name, LocalDate leftOn) {
    }

    /** @param reason SEGEC_ACCOUNT_ACTIVE or SEGEC_CONSENT_PROOF */
    public record StaffKept(long staffId, String name, LocalDate leftOn, String reason) {
        public String reasonKey() {
            return "privacy.retention.kept." + reason;
        }
    }

    /** The translation key of a table's French name ({@code privacy.table.<table>}). */
    public static String tableKey(String table) {
        return "privacy.table." + table;
    }

    public boolean removesNothing() {
        return scrubbed.isEmpty() && staffScrubbed.isEmpty() && originalsDeleted == 0 && auditRowsDeleted == 0;
    }
}
