package org.preau.privacy;

import org.preau.base.PersonalDataAccessed;
import org.preau.learner.LearnerIdentity;
import org.preau.learner.LearnerRecordCopies;
import org.preau.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Paramètres › Journal des accès: the current establishment's audit rows, for its director. */
@Service
public class AccessJournal {

    private final AuditStore store;
    private final LearnerRecordCopies learners;
    private final CurrentUser currentUser;

    AccessJournal(AuditStore store, LearnerRecordCopies learners, CurrentUser currentUser) {
        this.store = store;
        this.learners = learners;
        this.currentUser = currentUser;
    }

    /**
     * The newest rows, filtered by user (exact username, blank = all) and by person (part of the
     * name, blank = all); a person's name is looked up in the learner records as they are now.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<AuditEntry> list(String user, String person) {
        long establishmentId = currentUser.establishmentId();
        String actor = user == null || user.isBlank() ? null : user.strip();
        String needle = person == null || person.isBlank() ? null : person.strip().toLowerCase(Locale.ROOT);
        Map<Long, Optional<String>> names = new HashMap<>();
        return store.newest(establishmentId, actor, null, null).stream()
                .map(r -> new AuditEntry(r.occurredAt(), r.actor(), r.subject(), r.subjectId(), name(establishmentId, r, names),
                        r.action(), r.through()))
                .filter(e -> needle == null || (e.personName() != null && e.personName().toLowerCase(Locale.ROOT).contains(needle)))
                .toList();
    }

    /** The audit rows about one learner of the current establishment (the subject-access export). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<AuditEntry> aboutLearner(long learnerId) {
        long establishmentId = currentUser.establishmentId();
        Map<Long, Optional<String>> names = new HashMap<>();
        return store.newest(establishmentId, null, PersonalDataAccessed.Subject.LEARNER, learnerId).stream()
                .map(r -> new AuditEntry(r.occurredAt(), r.actor(), r.subject(), r.subjectId(), name(establishmentId, r, names),
                        r.action(), r.through()))
                .toList();
    }

    private String name(long establishmentId, AuditStore.Row r, Map<Long, Optional<String>> names) {
        if (r.subject() != PersonalDataAccessed.Subject.LEARNER || r.subjectId() == null) return null;
        return names.computeIfAbsent(r.subjectId(), id -> learners.identity(establishmentId, id).map(LearnerIdentity::fullName))
                .orElse(null);
    }
}
