package org.preau.learner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A bilan, fiche or évaluation. It stays with the learner when the learner leaves. */
@Entity
@Table(name = "learner_record")
class LearnerRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long establishmentId;
    private long learnerId;

    @Enumerated(EnumType.STRING)
    private RecordKind kind;

    private LocalDate recordDate;
    private String author;
    private String authorName;
    private String diploma;
    private String title;
    private String content;
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;

    protected LearnerRecord() {
    }

    LearnerRecord(long establishmentId, long learnerId, RecordDraft draft, String author, String authorName, String diploma, Instant now) {
        this.establishmentId = establishmentId;
        this.learnerId = learnerId;
        this.kind = draft.kind();
        this.author = author;
        this.authorName = authorName;
        this.diploma = diploma;
        this.createdAt = now;
        edit(draft);
    }

    void edit(RecordDraft draft) {
        this.recordDate = draft.date();
        this.title = draft.title().strip();
        this.content = draft.content().strip();
    }

    void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    LearnerRecordView toView(boolean editable) {
        return new LearnerRecordView(id, version, learnerId, kind, recordDate, author, authorName, diploma, title, content,
                updatedAt, editable);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getLearnerId() {
        return learnerId;
    }

    String getAuthor() {
        return author;
    }
}
