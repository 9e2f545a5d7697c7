package org.preau.learner;

import java.time.Instant;
import java.time.LocalDate;

/** A bilan, fiche or évaluation as it travels to another establishment: its author and dates kept. */
public record TransferableRecord(RecordKind kind, LocalDate date, String author, String authorName, String diploma,
                                 String title, String content, Instant createdAt) {
}
