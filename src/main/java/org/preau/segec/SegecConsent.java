package org.preau.segec;

import java.time.Instant;

/** "Autorisation signée reçue": when, by whom, and whether by hand ({@code MANUAL}) or from a scanned form ({@code SCAN}). */
public record SegecConsent(Instant recordedAt, String recordedBy, String source) {
}
