package org.preau.transfer;

import org.preau.base.WaitingItem;
import org.preau.base.WaitingItem.Severity;
import org.preau.base.WaitingWork;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.learner.LearnerRecordCopies;
import org.preau.security.CurrentUser;
import org.preau.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A French director with learner transfers on: the learners who left in the last 60 days and whose
 * records were never transferred, for whom a consent may be recorded (Élèves › Transferts manuels).
 * Older leavers stay in that list but no longer wait on the home page: not every leaver's records
 * follow them. Two bulk reads (the leavers, the transfers sent).
 */
@Component
class ManualTransfersWaiting implements WaitingWork {

    static final Duration RECENT = Duration.ofDays(60);

    private final LearnerRecordCopies learners;
    private final TransferStore store;
    private final ModuleSettings modules;
    private final CurrentUser currentUser;
    private final Clock clock;

    ManualTransfersWaiting(LearnerRecordCopies learners, TransferStore store, ModuleSettings modules, CurrentUser currentUser, Clock clock) {
        this.learners = learners;
        this.store = store;
        this.modules = modules;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WaitingItem> waiting() {
        if (!currentUser.worksAs(Role.DIRECTOR)) return List.of();
        if (!modules.isEnabled(PreauModule.TRANSFERTS)) return List.of();
        long establishmentId = currentUser.establishmentId();
        Instant since = clock.instant().minus(RECENT);
        Set<Long> sent = store.sentBy(establishmentId).stream().map(TransferStore.Row::learnerId).collect(Collectors.toSet());
        long waiting = learners.left(establishmentId).stream()
                .filter(l -> l.leftAt() != null && l.leftAt().isAfter(since) && !sent.contains(l.id())).count();
        if (waiting == 0) return List.of();
        return List.of(WaitingItem.of(Severity.TO_DO, "home.transfer.leavers", waiting, "eleves/transferts/manuels", waiting));
    }
}
