package org.preau.segec;

import org.preau.base.Texts;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeMessage;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Activation of SeGEC accounts: collective (every teacher and the director who have an e-mail and
 * a recorded consent) or one person from their staff page (activate, renew for this year,
 * deactivate). Each request is recorded in the exchange history and the peer outbox before it is
 * tried; the outcomes per person arrive with the peer's answer ({@link SegecOutcomes}).
 */
@Service
public class SegecActivations {

    private static final Logger log = LoggerFactory.getLogger(SegecActivations.class);

    private final SegecRoster roster;
    private final SegecStore store;
    private final PeerDeliveries deliveries;
    private final ExchangeLog exchanges;
    private final EtablissementService etablissements;
    private final SchoolYearService years;
    private final ModuleSettings modules;
    private final CurrentUser currentUser;
    private final Clock clock;

    SegecActivations(SegecRoster roster, SegecStore store, PeerDeliveries deliveries, ExchangeLog exchanges,
                     EtablissementService etablissements, SchoolYearService years, ModuleSettings modules, CurrentUser currentUser,
                     Clock clock) {
        this.roster = roster;
        this.store = store;
        this.deliveries = deliveries;
        this.exchanges = exchanges;
        this.etablissements = etablissements;
        this.years = years;
        this.modules = modules;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Who would be activated, who is left out and why (the pre-flight check of the current year). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public PreflightReport preview() {
        modules.requireEnabled(PreauModule.SEGEC);
        return withoutLeavers(Preflight.check(roster.members(currentUser.establishmentId(), years.requireCurrent().id())));
    }

    /** A member who no longer qualifies is not activated: the transfer (or the staff page) deactivates them instead. */
    private static PreflightReport withoutLeavers(PreflightReport report) {
        List<PreflightIssue> issues = new ArrayList<>(report.issues());
        for (SegecMember m : report.members()) {
            if (m.leaving()) {
                issues.add(PreflightIssue.heldBack(m.id(), m.person().displayName(), Texts.get("segec.activation.leaving",
                        m.person().displayName(), Texts.get(m.standing().translationKey()))));
            }
        }
        return new PreflightReport(report.members(), issues);
    }

    /** The teachers and the director with their account state this year (the outcome list). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<SegecMember> members() {
        modules.requireEnabled(PreauModule.SEGEC);
        return roster.members(currentUser.establishmentId(), years.requireCurrent().id());
    }

    /**
     * Sends one activation request for every member without a blocking issue, and deactivates the
     * account of every member whose consent was withdrawn (the extranet still holds it, the member
     * still qualifies otherwise); returns the exchange id of the activation, or of the first
     * deactivation when nobody is activated.
     */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public long activateAll() {
        modules.requireEnabled(PreauModule.SEGEC);
        PreflightReport report = preview();
        List<SegecMember> withdrawn = report.withdrawals();
        if (report.sendable().isEmpty() && withdrawn.isEmpty()) throw new SegecException(Texts.get("segec.activation.nobody"));
        List<ExchangeMessage> messages = new ArrayList<>();
        for (PreflightIssue issue : report.issues()) {
            messages.add(issue.blocking() ? ExchangeMessage.error(issue.text(), issue.who()) : ExchangeMessage.warning(issue.text(), issue.who()));
        }
        Long exchangeId = report.sendable().isEmpty() ? null : send(report.sendable(), messages);
        long establishmentId = currentUser.establishmentId();
        SchoolYearView year = years.requireCurrent();
        for (SegecMember m : withdrawn) {
            long deactivation = sendDeactivation(establishmentId, year, m, "segec.deactivation.withdrawn");
            if (exchangeId == null) exchangeId = deactivation;
        }
        return exchangeId;
    }

    /** Activates one member (or renews their role for this year: the same request, the peer tells which). */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public long activate(long staffId) {
        modules.requireEnabled(PreauModule.SEGEC);
        SegecMember member = roster.member(currentUser.establishmentId(), years.requireCurrent().id(), staffId);
        PreflightReport report = withoutLeavers(Preflight.check(List.of(member)));
        List<PreflightIssue> own = report.issuesOf(staffId).stream().filter(PreflightIssue::blocking).toList();
        if (!own.isEmpty()) throw new SegecException(String.join(" ", own.stream().map(PreflightIssue::text).toList()));
        return send(List.of(member), List.of());
    }

    /** Deactivates the SeGEC account of a member who leaves: {@code active: false} for this year. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public long deactivate(long staffId) {
        modules.requireEnabled(PreauModule.SEGEC);
        long establishmentId = currentUser.establishmentId();
        SchoolYearView year = years.requireCurrent();
        SegecMember member = roster.anyone(establishmentId, year.id(), staffId);
        if (member.person().dateNaissance() == null) throw new SegecException(Texts.get("segec.preflight.noBirthDate", member.person().displayName()));
        long exchangeId = sendDeactivation(establishmentId, year, member, "segec.deactivation.pending");
        log.info("User '{}' asked the deactivation of the SeGEC account of staff {}", currentUser.username(), staffId);
        return exchangeId;
    }

    private long sendDeactivation(long establishmentId, SchoolYearView year, SegecMember member, String summaryKey) {
        String fase = etablissements.summary(establishmentId).orElseThrow().code();
        long exchangeId = exchanges.record(new ExchangeRecord(ExchangeKind.SEGEC_ACTIVATION, ExchangeDirection.OUT, year.id(),
                ExchangeStatus.PENDING, Texts.get(summaryKey, member.person().displayName()), Map.of(), List.of(), null,
                clock.instant()));
        // sent first (it leaves after the commit) so that the account knows which answer it waits for
        UUID delivery = deliveries.send(new PeerRequest(PeerKind.SEGEC, establishmentId, null, SegecBodies.MEMBER,
                SegecBodies.memberReference(member.id(), year.id()), exchangeId, "PUT",
                "/api/v1/establishments/" + fase + "/members/" + member.id(), SegecBodies.member(member, year.label(), false), false));
        store.awaitAnswer(establishmentId, member.id(), year.id(), delivery, true, clock.instant());
        return exchangeId;
    }

    private long send(List<SegecMember> members, List<ExchangeMessage> messages) {
        long establishmentId = currentUser.establishmentId();
        SchoolYearView year = years.requireCurrent();
        String fase = etablissements.summary(establishmentId).orElseThrow().code();
        long exchangeId = exchanges.record(new ExchangeRecord(ExchangeKind.SEGEC_ACTIVATION, ExchangeDirection.OUT, year.id(),
                ExchangeStatus.PENDING, Texts.get("segec.activation.pending", members.size()), Map.of("sent", members.size()),
                messages, null, clock.instant()));
        UUID delivery = deliveries.send(new PeerRequest(PeerKind.SEGEC, establishmentId, null, SegecBodies.ACTIVATION, String.valueOf(year.id()),
                exchangeId, "POST", "/api/v1/establishments/" + fase + "/activations",
                new SegecBodies.Activation(year.label(), members.stream().map(SegecBodies::activationMember).toList()), false));
        for (SegecMember m : members) {
            store.awaitAnswer(establishmentId, m.id(), year.id(), delivery, true, clock.instant());
        }
        log.info("User '{}' asked the SeGEC activation of {} members", currentUser.username(), members.size());
        return exchangeId;
    }
}
