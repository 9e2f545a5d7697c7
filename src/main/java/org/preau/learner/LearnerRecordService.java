package org.preau.learner;

import org.preau.establishment.EtablissementClock;
import org.preau.security.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The records of a learner (bilans, fiches, évaluations). Whoever may open the learner reads
 * them; only a teacher of the learner's division writes them, and edits only their own.
 */
@Service
public class LearnerRecordService {

    static final int TITLE_MAX = 200;
    static final int CONTENT_MAX = 20_000;

    private final LearnerRecordRepository records;
    private final LearnerAccess access;
    private final LearnerStore queries;
    private final MefStore mefs;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EtablissementClock establishmentClock;

    LearnerRecordService(LearnerRecordRepository records, LearnerAccess access, LearnerStore queries, MefStore mefs,
                         CurrentUser currentUser, Clock clock, EtablissementClock establishmentClock) {
        this.records = records;
        this.access = access;
        this.queries = queries;
        this.mefs = mefs;
        this.currentUser = currentUser;
        this.clock = clock;
        this.establishmentClock = establishmentClock;
    }

    /** Today in the establishment (Paris or Brussels), the latest date a record may carry. */
    @PreAuthorize("isAuthenticated()")
    public LocalDate today() {
        return establishmentClock.today();
    }

    /** The learner's records of one kind, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'TEACHER', 'INSPECTOR')")
    public List<LearnerRecordView> list(long learnerId, RecordKind kind) {
        LearnerScope scope = access.check(learnerId);
        boolean canWrite = access.canWrite(scope, learnerId);
        String me = currentUser.username();
        return records.findByEstablishmentIdAndLearnerIdAndKindOrderByRecordDateDescIdDesc(scope.establishmentId(), learnerId, kind)
                .stream().map(r -> r.toView(canWrite && me.equals(r.getAuthor()))).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('TEACHER')")
    public LearnerRecordView create(long learnerId, RecordDraft draft) {
        LearnerScope scope = access.check(learnerId);
        requireWriter(scope, learnerId);
        validate(draft);
        LearnerRecord record = records.save(new LearnerRecord(scope.establishmentId(), learnerId, draft, currentUser.username(),
                currentUser.require().displayName(), diplomaOf(scope, learnerId), clock.instant()));
        return record.toView(true);
    }

    /** Edits a record of the current teacher; {@code version} is the one the teacher read. */
    @Transactional
    @PreAuthorize("hasRole('TEACHER')")
    public LearnerRecordView update(long recordId, long version, RecordDraft draft) {
        long establishmentId = currentUser.establishmentId();
        LearnerRecord record = records.findByIdAndEstablishmentId(recordId, establishmentId)
                .orElseThrow(() -> new AccessDeniedException("Record " + recordId + " is not of establishment " + establishmentId));
        LearnerScope scope = access.check(record.getLearnerId());
        requireWriter(scope, record.getLearnerId());
        if (!currentUser.username().equals(record.getAuthor())) {
            throw new AccessDeniedException("Record " + recordId + " was written by someone else");
        }
        if (record.getVersion() != version) {
            throw new OptimisticLockingFailureException("Record " + recordId + " changed since it was read");
        }
        validate(draft);
        record.edit(draft);
        record.touched(currentUser.username(), clock.instant());
        records.flush();
        return record.toView(true);
    }

    private void requireWriter(LearnerScope scope, long learnerId) {
        if (!access.canWrite(scope, learnerId)) {
            throw new AccessDeniedException("Learner " + learnerId + " is not in a division of " + currentUser.username());
        }
    }

    private void validate(RecordDraft draft) {
        if (draft.kind() == null) throw new RecordRejectedException("learner.record.error.kind");
        if (draft.date() == null) throw new RecordRejectedException("learner.record.error.date");
        if (draft.date().isAfter(establishmentClock.today())) throw new RecordRejectedException("learner.record.error.future");
        if (draft.title() == null || draft.title().isBlank()) throw new RecordRejectedException("learner.record.error.title");
        if (draft.title().strip().length() > TITLE_MAX) throw new RecordRejectedException("learner.record.error.titleLength", TITLE_MAX);
        if (draft.content() == null || draft.content().isBlank()) throw new RecordRejectedException("learner.record.error.content");
        if (draft.content().strip().length() > CONTENT_MAX) throw new RecordRejectedException("learner.record.error.contentLength", CONTENT_MAX);
    }

    /** The diploma the learner prepares this year, kept on the record as it was when written. */
    private String diplomaOf(LearnerScope scope, long learnerId) {
        Map<String, MefView> known = mefs.all(scope.establishmentId());
        return queries.enrolments(scope.establishmentId(), learnerId).stream()
                .filter(e -> e.schoolYearId() == scope.schoolYearId()).findFirst()
                .map(e -> LearnerService.view(e, known))
                .map(e -> e.diploma() != null ? e.diploma().label() : e.codeMef())
                .orElse(null);
    }
}
