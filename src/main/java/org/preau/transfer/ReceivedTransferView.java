package org.preau.transfer;

import java.time.Instant;

/** Records a learner received from another establishment. */
public record ReceivedTransferView(long learnerId, String sourceUai, String sourceName, int records, Instant receivedAt) {
}
