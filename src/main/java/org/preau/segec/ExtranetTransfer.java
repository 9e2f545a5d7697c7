package org.preau.segec;

import org.preau.base.Texts;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolYearService;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeStatus;
import org.preau.peer.PeerDeliveries;
import org.preau.peer.PeerKind;
import org.preau.peer.PeerRequest;
import org.preau.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Extranet SeGEC transfer: the teachers of this year and the director, one {@code PUT} per
 * member, after the director's consent; run by the schedule ({@link ExtranetTransferJob}) or by
 * hand. Who is sent follows the rule of {@code docs/segec-extranet-rule.md} ({@link SegecRoster}):
 * the active members with {@code active: true}, everyone the extranet holds who no longer
 * qualifies, or whose consent was withdrawn, with {@code active: false}. The pre-flight check runs before every send and holds back
 * only the member concerned; a warning on the directors asks the director to confirm a send by hand.
 */
@Service
public class ExtranetTransfer {

    static final String SCHEDULED_BY = "Préau (tâche planifiée)";

    private static final Logger log = LoggerFactory.getLogger(ExtranetTransfer.class);

    private final SegecRoster roster;
    private final SegecStore store;
    private final PeerDeliveries deliveries;
    private final ExchangeOutcomes outcomes;
    private final EtablissementService etablissements;
    private final SchoolYearService years;
    private final ModuleSettings modules;
    private final CurrentUser currentUser;
    private final Clock clock;

    ExtranetTransfer(SegecRoster roster, SegecStore store, PeerDeliveries deliveries, ExchangeOutcomes outcomes,
                     EtablissementService etablissements, SchoolYearService years, ModuleSettings modules, CurrentUser currentUser,
                     Clock clock) {
        this.roster = roster;
        this.store = store;
        this.deliveries = deliveries;
        this.outcomes = outcomes;
        this.etablissements = etablissements;
        this.years = years;
        this.modules = modules;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The director's decision, if one was taken: empty means Préau still has to ask. */
    public record Decision(boolean consented, Instant decidedAt, String decidedBy) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public Optional<Decision> decision() {
        modules.requireEnabled(PreauModule.SEGEC);
        return store.transferConsent(currentUser.establishmentId()).map(c -> new Decision(c.consented(), c.decidedAt(), c.decidedBy()));
    }

    /**
     * Whether to ask the signed-in user now (the first-visit dialog): a director of a school with
     * SeGEC on whose establishment never answered. Anyone else is never asked.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean shouldAsk() {
        if (!currentUser.hasRole(org.preau.security.Role.DIRECTOR)) return false;
        if (currentUser.get().flatMap(p -> p.currentEstablishmentId()).isEmpty()) return false;
        if (!modules.isEnabled(PreauModule.SEGEC)) return false;
        return store.transferConsent(currentUser.establishmentId()).isEmpty();
    }

    /** Records the director's yes or no; a no stops the schedule and can be changed here later. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public void decide(boolean consented) {
        modules.requireEnabled(PreauModule.SEGEC);
        store.saveTransferConsent(currentUser.establishmentId(), consented, clock.instant(), currentUser.username());
        log.info("User '{}' {} the automatic Extranet SeGEC transfer", currentUser.username(), consented ? "accepted" : "refused");
    }

    /** The pre-flight check of the current year, as a page the director opens any time. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public PreflightReport preflight() {
        modules.requireEnabled(PreauModule.SEGEC);
        return Preflight.check(roster.members(currentUser.establishmentId(), years.requireCurrent().id()));
    }

    /** Relaunch by hand (the consent must be given), without a warning on the directors; returns the exchange id. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public long runNow() {
        return runNow(false);
    }

    /**
     * Relaunch by hand. With a warning on the directors (none, or two), {@code confirmed} must be
     * true: the director read the names and chose to send the others; otherwise nothing is sent.
     */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public long runNow(boolean confirmed) {
        modules.requireEnabled(PreauModule.SEGEC);
        long establishmentId = currentUser.establishmentId();
        if (store.transferConsent(establishmentId).map(c -> !c.consented()).orElse(true)) {
            throw new SegecException(Texts.get("segec.extranet.noConsent"));
        }
        long yearId = years.requireCurrent().id();
        if (!confirmed) {
            PreflightReport report = Preflight.check(roster.members(establishmentId, yearId));
            if (report.needsConfirmation()) {
                throw new SegecException(Texts.get("segec.extranet.confirmFirst",
                        String.join(" ", report.warnings().stream().map(PreflightIssue::text).toList())));
            }
        }
        return run(establishmentId, yearId, currentUser.username());
    }

    /** Scheduled work only: every establishment with SeGEC on and the director's consent. Returns how many ran. */
    @Transactional
    int runScheduled() {
        int ran = 0;
        for (long establishmentId : store.establishmentsWithTransferConsent()) {
            if (!modules.isEnabled(establishmentId, PreauModule.SEGEC)) continue;
            Optional<Long> year = store.yearInProgress(establishmentId);
            if (year.isEmpty()) continue;
            try {
                run(establishmentId, year.get(), SCHEDULED_BY);
                ran++;
            } catch (SegecException e) {
                // Recorded in the exchange history with the pre-flight findings; the other establishments go on.
                log.info("Extranet SeGEC transfer of establishment {} not sent: {}", establishmentId, e.getMessage());
            }
        }
        return ran;
    }

    private long run(long establishmentId, long schoolYearId, String startedBy) {
        String fase = etablissements.summary(establishmentId).orElseThrow().code();
        int start = store.yearStart(establishmentId, schoolYearId);
        String yearLabel = start + "-" + (start + 1);
        PreflightReport report = Preflight.check(roster.members(establishmentId, schoolYearId));
        List<ExchangeMessage> messages = new ArrayList<>();
        for (PreflightIssue issue : report.issues()) {
            messages.add(issue.blocking() ? ExchangeMessage.error(issue.text(), issue.who()) : ExchangeMessage.warning(issue.text(), issue.who()));
        }
        List<SegecMember> sendable = new ArrayList<>(report.sendable());
        sendable.addAll(report.deactivations());
        // a withdrawn consent stops the account, as the collective send does (they are not sendable: no consent)
        List<SegecMember> withdrawn = report.withdrawals();
        sendable.addAll(withdrawn);
        // Every outcome per person, in the history: who goes as what, who is deactivated and why.
        for (SegecMember m : sendable) {
            String why = withdrawn.contains(m) ? Texts.get("segec.standing.WITHDRAWN") : Texts.get(m.standing().translationKey());
            messages.add(new ExchangeMessage(ExchangeMessage.Severity.INFO, why, m.person().displayName()));
        }
        if (sendable.isEmpty()) {
            String summary = Texts.get("segec.extranet.nobody");
            outcomes.record(establishmentId, startedBy, new ExchangeRecord(ExchangeKind.SEGEC_EXTRANET, ExchangeDirection.OUT,
                    schoolYearId, ExchangeStatus.FAILURE, summary, Map.of("sent", 0), messages, null, clock.instant()));
            throw new SegecException(summary + " " + String.join(" ", messages.stream().map(ExchangeMessage::text).toList()));
        }
        long exchangeId = outcomes.record(establishmentId, startedBy, new ExchangeRecord(ExchangeKind.SEGEC_EXTRANET,
                ExchangeDirection.OUT, schoolYearId, ExchangeStatus.PENDING, Texts.get("segec.extranet.pending", sendable.size()),
                Map.of("sent", sendable.size()), messages, null, clock.instant()));
        for (SegecMember m : sendable) {
            UUID delivery = deliveries.send(new PeerRequest(PeerKind.SEGEC, establishmentId, null, SegecBodies.MEMBER,
                    SegecBodies.memberReference(m.id(), schoolYearId), exchangeId, "PUT",
                    "/api/v1/establishments/" + fase + "/members/" + m.id(), SegecBodies.member(m, yearLabel, !m.leaving() && !withdrawn.contains(m)), false));
            store.awaitAnswer(establishmentId, m.id(), schoolYearId, delivery, false, clock.instant());
        }
        log.info("Extranet SeGEC transfer of establishment {} started by '{}': {} members", establishmentId, startedBy, sendable.size());
        return exchangeId;
    }
}
