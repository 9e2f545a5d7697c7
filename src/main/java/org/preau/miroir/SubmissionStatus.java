package org.preau.miroir;

/**
 * Where a Miroir send stands: SENDING in the outbox (tried, retried), then RECEIVED by the
 * collection point, ACCEPTED or REJECTED by it later; NOT_DELIVERED when the outbox gave up or the
 * peer refused the request itself. UNKNOWN is only read: a stored status this version does not know.
 */
public enum SubmissionStatus {
    SENDING, RECEIVED, ACCEPTED, REJECTED, NOT_DELIVERED, UNKNOWN;

    public boolean awaitsPeer() {
        return this == RECEIVED;
    }

    public String translationKey() {
        return "miroir.status." + name();
    }
}
