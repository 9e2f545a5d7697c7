package org.preau.learner;

import java.time.LocalDate;

/** What a teacher types for a record. */
public record RecordDraft(RecordKind kind, LocalDate date, String title, String content) {
}
