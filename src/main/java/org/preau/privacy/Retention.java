package org.preau.privacy;

import org.preau.base.LeaverScrub;
import org.preau.base.PersonTraces;
import org.preau.base.Texts;
import org.preau.establishment.EtablissementClock;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeRetention;
import org.preau.exchange.ExchangeStatus;
import org.preau.learner.LearnerRetention;
import org.preau.security.CurrentUser;
import org.preau.security.LeaverAccounts;
import org.preau.segec.SegecRetention;
import org.preau.staff.StaffRetention;
import org.preau.transfer.TransferRetention;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The retention run of one establishment: scrubs the learners who left more than N years ago
 * (each module scrubs its own tables, {@link LeaverScrub}), except those under a running transfer
 * or whose signed consent is still needed as proof; scrubs the staff members who left more than
 * N years ago the same way, except those whose SeGEC account may still be active or whose SeGEC
 * consent is still needed as proof (their sign-in loses the establishment, {@link LeaverAccounts}); deletes the original files of imports older
 * than M months and the rows of the journal of accesses older than K years. Everything in one
 * transaction. The dry-run is the same run rolled back, so the preview cannot differ from what
 * the next run does on the same data. A real run is logged in the exchange history.
 */
@Service
public class Retention {

    private final RetentionStore policies;
    private final LearnerRetention learners;
    private final TransferRetention transfers;
    private final ExchangeRetention exchanges;
    private final StaffRetention staff;
    private final SegecRetention segec;
    private final LeaverAccounts accounts;
    private final List<LeaverScrub> scrubs;
    private final AuditStore audit;
    private final EtablissementClock clock;
    private final ExchangeOutcomes outcomes;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;

    Retention(RetentionStore policies, LearnerRetention learners, TransferRetention transfers, ExchangeRetention exchanges,
              StaffRetention staff, SegecRetention segec, LeaverAccounts accounts, List<LeaverScrub> scrubs, AuditStore audit, EtablissementClock clock, ExchangeOutcomes outcomes, CurrentUser currentUser,
              PlatformTransactionManager transactions) {
        this.policies = policies;
        this.learners = learners;
        this.transfers = transfers;
        this.exchanges = exchanges;
        this.staff = staff;
        this.segec = segec;
        this.accounts = accounts;
        this.scrubs = scrubs;
        this.audit = audit;
        this.clock = clock;
        this.outcomes = outcomes;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What the next run would remove in the current establishment, by count and by person; nothing is changed. */
    @PreAuthorize("hasRole('DIRECTOR')")
    public RetentionReport preview() {
        return apply(currentUser.establishmentId(), true);
    }

    /** The scheduled run of one establishment (no signed-in user: the job names it). */
    RetentionReport run(long establishmentId) {
        RetentionReport report = apply(establishmentId, false);
        outcomes.record(establishmentId, Texts.get("privacy.retention.startedBy"), history(report));
        return report;
    }

    RetentionReport apply(long establishmentId, boolean dryRun) {
        RetentionPolicy policy = policies.policy(establishmentId);
        ZoneId zone = clock.zone(establishmentId);
        LocalDate today = clock.today(establishmentId);
        LocalDate leftBefore = today.minusYears(policy.leaverYears());
        Instant originalsBefore = today.minusMonths(policy.originalMonths()).atStartOfDay(zone).toInstant();
        Instant auditBefore = today.minusYears(policy.auditYears()).atStartOfDay(zone).toInstant();
        return transaction.execute(status -> {
            List<LearnerRetention.Leaver> leavers = learners.leftBefore(establishmentId, leftBefore);
            Map<Long, TransferRetention.Hold> held = transfers.held(establishmentId,
                    leavers.stream().map(LearnerRetention.Leaver::id).toList(), leftBefore.atStartOfDay(zone).toInstant());
            List<RetentionReport.Person> scrubbed = new ArrayList<>();
            List<RetentionReport.Kept> kept = new ArrayList<>();
            List<PersonTraces> traces = new ArrayList<>();
            for (LearnerRetention.Leaver l : leavers) {
                TransferRetention.Hold hold = held.get(l.id());
                if (hold != null) {
                    kept.add(new RetentionReport.Kept(l.id(), l.fullName(), l.leftOn(), hold.name()));
                } else {
                    scrubbed.add(new RetentionReport.Person(l.id(), l.fullName(), l.leftOn()));
                    traces.add(l.traces());
                }
            }
            Map<String, Integer> rows = new TreeMap<>();
            if (!traces.isEmpty()) {
                for (LeaverScrub scrub : scrubs) scrub.scrub(establishmentId, traces).forEach((t, n) -> rows.merge(t, n, Integer::sum));
            }
            List<RetentionReport.StaffPerson> staffScrubbed = new ArrayList<>();
            List<RetentionReport.StaffKept> staffKept = new ArrayList<>();
            List<StaffRetention.Leaver> staffLeavers = staff.leftBefore(establishmentId, leftBefore);
            Map<Long, SegecRetention.Hold> staffHeld = segec.held(establishmentId,
                    staffLeavers.stream().map(StaffRetention.Leaver::id).toList(), leftBefore.atStartOfDay(zone).toInstant());
            List<PersonTraces> staffTraces = new ArrayList<>();
            for (StaffRetention.Leaver l : staffLeavers) {
                SegecRetention.Hold hold = staffHeld.get(l.id());
                if (hold != null) {
                    staffKept.add(new RetentionReport.StaffKept(l.id(), l.fullName(), l.leftOn(), hold.name()));
                } else {
                    staffScrubbed.add(new RetentionReport.StaffPerson(l.id(), l.fullName(), l.leftOn()));
                    staffTraces.add(l.traces());
                }
            }
            if (!staffTraces.isEmpty()) {
                for (LeaverScrub scrub : scrubs) {
                    scrub.scrubStaff(establishmentId, staffTraces).forEach((t, n) -> rows.merge(t, n, Integer::sum));
                }
                for (StaffRetention.Leaver l : staffLeavers) {
                    if (l.username() == null || staffHeld.containsKey(l.id())) continue;
                    accounts.withdraw(establishmentId, l.username()).forEach((t, n) -> rows.merge(t, n, Integer::sum));
                }
            }
            int originals = exchanges.deleteOriginalsBefore(establishmentId, originalsBefore);
            int auditRows = audit.deleteOlderThan(establishmentId, auditBefore);
            if (dryRun) status.setRollbackOnly();
            return new RetentionReport(policy, leftBefore, originalsBefore, auditBefore, List.copyOf(scrubbed), List.copyOf(kept),
                    List.copyOf(staffScrubbed), List.copyOf(staffKept), new LinkedHashMap<>(rows), originals, auditRows);
        });
    }

    /** The history row of a run: counts, and per table the rows scrubbed; never a name (ids only for those kept). */
    private static ExchangeRecord history(RetentionReport r) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("scrubbedLearners", r.scrubbed().size());
        counts.put("keptLearners", r.kept().size());
        counts.put("scrubbedStaff", r.staffScrubbed().size());
        counts.put("keptStaff", r.staffKept().size());
        counts.put("deletedOriginals", r.originalsDeleted());
        counts.put("deletedAuditRows", r.auditRowsDeleted());
        List<ExchangeMessage> messages = new ArrayList<>();
        r.rowsByTable().forEach((table, n) -> messages.add(ExchangeMessage.info(Texts.get("privacy.retention.history.table",
                Texts.get(RetentionReport.tableKey(table)), n))));
        for (RetentionReport.Kept k : r.kept()) {
            messages.add(ExchangeMessage.info(Texts.get("privacy.retention.history.kept", k.learnerId(), Texts.get(k.reasonKey()))));
        }
        for (RetentionReport.StaffKept k : r.staffKept()) {
            messages.add(ExchangeMessage.info(Texts.get("privacy.retention.history.keptStaff", k.staffId(), Texts.get(k.reasonKey()))));
        }
        String summary = r.removesNothing() && r.kept().isEmpty() && r.staffKept().isEmpty() ? Texts.get("privacy.retention.history.nothing")
                : Texts.get("privacy.retention.history.summary", r.scrubbed().size(), r.staffScrubbed().size(), r.originalsDeleted(),
                r.auditRowsDeleted());
        return new ExchangeRecord(ExchangeKind.RETENTION, ExchangeDirection.OUT, null, ExchangeStatus.SUCCESS, summary, counts,
                messages, null, null);
    }
}
