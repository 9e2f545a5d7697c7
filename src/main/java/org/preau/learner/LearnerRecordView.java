package org.preau.learner;

import java.time.Instant;
import java.time.LocalDate;

/** A bilan, fiche or évaluation of a learner, as shown. */
public record LearnerRecordView(long id, long version, long learnerId, RecordKind kind, LocalDate date, String author,
                                String authorName, String diploma, String title, String content, Instant updatedAt,
                                boolean editable) {
}
