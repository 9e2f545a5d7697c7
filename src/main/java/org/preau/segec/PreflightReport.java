package org.preau.segec;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The pre-flight check of a SeGEC send: who can go, and what is wrong. */
public record PreflightReport(List<SegecMember> members, List<PreflightIssue> issues) {

    public PreflightReport {
        members = List.copyOf(members);
        issues = List.copyOf(issues);
    }

    /** An establishment-wide error (no director, two directors): nothing is sent. */
    public boolean blocked() {
        return issues.stream().anyMatch(i -> i.blocking() && i.staffId() == null);
    }

    /** The members that can be sent: no blocking issue of their own. */
    public List<SegecMember> sendable() {
        Set<Long> excluded = issues.stream().filter(i -> i.blocking() && i.staffId() != null)
                .map(PreflightIssue::staffId).collect(Collectors.toSet());
        return members.stream().filter(m -> !excluded.contains(m.id())).toList();
    }

    public List<PreflightIssue> issuesOf(long staffId) {
        return issues.stream().filter(i -> i.staffId() != null && i.staffId() == staffId).toList();
    }
}
