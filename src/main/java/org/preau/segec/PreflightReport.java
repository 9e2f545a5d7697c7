package org.preau.segec;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The pre-flight check of a SeGEC send: who goes, who is held back and why, what to confirm. */
public record PreflightReport(List<SegecMember> members, List<PreflightIssue> issues) {

    public PreflightReport {
        members = List.copyOf(members);
        issues = List.copyOf(issues);
    }

    /** Kept for the screens' wording: no finding stops a whole send any more (the seed only warns). */
    public boolean blocked() {
        return false;
    }

    /** A warning on the directors (none, or more than one): a send by hand asks the director to confirm first. */
    public boolean needsConfirmation() {
        return issues.stream().anyMatch(i -> i.staffId() == null);
    }

    public List<PreflightIssue> warnings() {
        return issues.stream().filter(i -> i.staffId() == null).toList();
    }

    /** The active members that can be sent: no blocking issue of their own. */
    public List<SegecMember> sendable() {
        Set<Long> excluded = issues.stream().filter(i -> i.blocking() && i.staffId() != null)
                .map(PreflightIssue::staffId).collect(Collectors.toSet());
        return members.stream().filter(m -> m.standing().active() && !excluded.contains(m.id())).toList();
    }

    /** The members the extranet holds who no longer qualify: sent {@code active: false}. */
    public List<SegecMember> deactivations() {
        return members.stream().filter(m -> !m.standing().active() && m.held()).toList();
    }

    /**
     * The members who still qualify but whose consent was withdrawn while the extranet holds their
     * account: sent {@code active: false} by the collective send and by the scheduled transfer alike.
     * A member without a birth date cannot be named to the extranet and is left to the pre-flight finding.
     */
    public List<SegecMember> withdrawals() {
        return members.stream().filter(m -> m.standing().active() && m.consent().isEmpty() && m.held()
                && m.person().dateNaissance() != null).toList();
    }

    public List<PreflightIssue> issuesOf(long staffId) {
        return issues.stream().filter(i -> i.staffId() != null && i.staffId() == staffId).toList();
    }
}
