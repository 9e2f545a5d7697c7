package org.preau.inspection;

import java.time.Instant;

/** One grant or revocation, with who and when. */
public record GrantChange(String diplomaCode, String label, boolean granted, Instant changedAt, String changedBy) {
}
