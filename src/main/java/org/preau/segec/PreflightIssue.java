package org.preau.segec;

/**
 * One finding of the pre-flight check, in French.
 *
 * @param staffId the member it is about, or null for the whole establishment
 * @param blocking for a member: that member is held back (nobody else is); an establishment-wide
 *                 finding is never blocking: it is a warning the director confirms before a send
 */
public record PreflightIssue(Long staffId, String who, boolean blocking, String text) {

    static PreflightIssue heldBack(long staffId, String who, String text) {
        return new PreflightIssue(staffId, who, true, text);
    }

    /** No director, or more than one: the director corrects the tick boxes or confirms and sends the others. */
    static PreflightIssue directors(String text) {
        return new PreflightIssue(null, null, false, text);
    }
}
