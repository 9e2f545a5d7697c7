package org.preau.sandbox.miroir;

import java.time.Instant;

/** A submission the sandbox collection point received. */
record SandboxSubmission(String id, String fase, String schoolYear, String idempotencyKey, String bodySha256, String body,
                         String status, String messages, boolean replaced, Instant receivedAt, Instant decidedAt) {
}
