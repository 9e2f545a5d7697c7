package org.preau.privacy;

import org.preau.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Paramètres › Conservation des données: the current establishment's retention periods, set by its director. */
@Service
public class RetentionSettings {

    private final RetentionStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    RetentionSettings(RetentionStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The periods in force (the defaults until the director changes them); every member of staff may read them. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'TEACHER')")
    public RetentionPolicy current() {
        return store.policy(currentUser.establishmentId());
    }

    /** Saves the periods, each checked against its bounds (the message names the field). */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public RetentionPolicy save(RetentionPolicy policy) {
        check("leaverYears", policy.leaverYears(), RetentionPolicy.MAX_LEAVER_YEARS);
        check("originalMonths", policy.originalMonths(), RetentionPolicy.MAX_ORIGINAL_MONTHS);
        check("auditYears", policy.auditYears(), RetentionPolicy.MAX_AUDIT_YEARS);
        store.save(currentUser.establishmentId(), policy, currentUser.username(), clock.instant());
        return policy;
    }

    private static void check(String field, int value, int max) {
        if (value < 1 || value > max) throw new RetentionRefusedException(field, 1, max);
    }
}
