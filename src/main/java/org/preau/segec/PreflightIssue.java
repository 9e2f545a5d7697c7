package org.preau.segec;

/**
 * One finding of the pre-flight check, in French.
 *
 * @param staffId the member it is about, or null for the whole establishment
 * @param blocking an error: the member (or, without a member, the whole send) is left out
 */
public record PreflightIssue(Long staffId, String who, boolean blocking, String text) {
}
