package org.preau.learner;

import java.time.Instant;

/** Where received records came from: the source establishment and when they arrived. */
public record RecordOrigin(String sourceUai, String sourceName, Instant receivedAt) {
}
