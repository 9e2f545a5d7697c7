package org.preau.miroir;

import org.preau.base.Texts;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementDetails;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangePayload;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeStatus;
import org.preau.peer.PeerDeliveries;
import org.preau.peer.PeerKind;
import org.preau.peer.PeerClient;
import org.preau.peer.PeerRequest;
import org.preau.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The confirmed send of a school's Miroir data to the collection point ({@code PEERS.md}): the
 * exchange-history row first, then the send through the peer outbox (idempotency key, retries);
 * the collection point's answer and its later status (RECEIVED, then ACCEPTED or REJECTED) are
 * kept per submission and shown in the exchange history.
 */
@Service
public class MiroirTransfer {

    static final String PURPOSE = "miroir.submission";

    private final MiroirIndicators indicators;
    private final SubmissionStore store;
    private final ModuleSettings modules;
    private final SchoolYearService years;
    private final EtablissementService establishments;
    private final ExchangeLog exchangeLog;
    private final ExchangeOutcomes outcomes;
    private final PeerDeliveries deliveries;
    private final PeerClient queries;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final Clock clock;

    MiroirTransfer(MiroirIndicators indicators, SubmissionStore store, ModuleSettings modules, SchoolYearService years,
                   EtablissementService establishments, ExchangeLog exchangeLog, ExchangeOutcomes outcomes, PeerDeliveries deliveries,
                   PeerClient queries, CurrentUser currentUser, JsonMapper json, Clock clock) {
        this.indicators = indicators;
        this.store = store;
        this.modules = modules;
        this.years = years;
        this.establishments = establishments;
        this.exchangeLog = exchangeLog;
        this.outcomes = outcomes;
        this.deliveries = deliveries;
        this.queries = queries;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    /** What the collection point receives ({@code PEERS.md}, Miroir). */
    public record SubmissionBody(String generatedAt, List<IndicatorValue> indicators, List<MiroirReport.SubmittedStaff> staff,
                                 List<MiroirReport.SubmittedPupil> pupils) {
    }

    public record IndicatorValue(String code, String label, BigDecimal value, String unit) {
    }

    /** The "Oui" of the wizard: computes the indicators again (the data may have changed since) and sends them. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public MiroirSubmission send() {
        modules.requireEnabled(PreauModule.MIROIR);
        Instant startedAt = clock.instant();
        MiroirReport report = indicators.compute();
        SchoolYearView year = report.year();
        if (!report.sendable()) throw new MiroirSendRefusedException("miroir.send.error.noCapital", year.label());
        long establishmentId = currentUser.establishmentId();
        SubmissionBody body = body(report);
        byte[] payload = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(Texts.get("miroir.send.count.indicators"), report.indicators().size());
        counts.put(Texts.get("miroir.send.count.staff"), report.staff().size());
        counts.put(Texts.get("miroir.send.count.pupils"), report.pupils().size());
        List<ExchangeMessage> messages = new ArrayList<>();
        report.warnings().forEach(w -> messages.add(ExchangeMessage.warning(w, null)));
        String what = Texts.get(report.use().translationKey(), year.label(), year.startYear() + 1);
        long exchangeId = exchangeLog.record(new ExchangeRecord(ExchangeKind.MIROIR, ExchangeDirection.OUT, year.id(), ExchangeStatus.PENDING,
                Texts.get("miroir.send.summary.pending", what), counts, messages,
                new ExchangePayload("miroir-" + report.fase() + "-" + year.label() + ".json", "application/json", payload), startedAt));
        long id = store.insert(establishmentId, year.id(), year.startYear(), report.use(), exchangeId, currentUser.username(), startedAt);
        var deliveryId = deliveries.send(new PeerRequest(PeerKind.MIROIR, establishmentId, null, PURPOSE, String.valueOf(id), exchangeId,
                "POST", "/api/v1/miroir/" + report.fase() + "/" + year.label() + "/submissions", body, false));
        store.setDelivery(id, deliveryId.toString());
        return store.find(id).orElseThrow();
    }

    /** The school's sends, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<MiroirSubmission> submissions() {
        modules.requireEnabled(PreauModule.MIROIR);
        return store.ofEstablishment(currentUser.establishmentId(), 50);
    }

    /** Asks the collection point for the status of a send of the current school ("Actualiser le statut"). */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public MiroirSubmission refreshStatus(long submissionId) {
        modules.requireEnabled(PreauModule.MIROIR);
        long establishmentId = currentUser.establishmentId();
        MiroirSubmission submission = store.find(submissionId).filter(s -> s.establishmentId() == establishmentId)
                .orElseThrow(() -> new AccessDeniedException("Miroir submission " + submissionId + " is not of establishment " + establishmentId));
        return refresh(submission);
    }

    /**
     * The schools of the current school's organising body that the user serves, each with its
     * latest send for the year the user works in: the seed's "do it for each school".
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public List<SchoolSendState> schools() {
        long current = currentUser.establishmentId();
        SchoolYearView year = years.requireCurrent();
        String body = establishments.forPrintingOrSending(current).map(EtablissementDetails::getOrganisingBody).orElse(null);
        List<SchoolSendState> schools = new ArrayList<>();
        for (EtablissementSummary school : establishments.mine()) {
            if (school.schoolSystem() != SchoolSystem.BE) continue;
            String schoolBody = establishments.forPrintingOrSending(school.id()).map(EtablissementDetails::getOrganisingBody).orElse(null);
            if (!Objects.equals(body, schoolBody)) continue;
            schools.add(new SchoolSendState(school.id(), school.name(), school.code(), school.id() == current,
                    store.latest(school.id(), year.startYear())));
        }
        return schools;
    }

    /** The sends the collection point has not decided yet, of every school (the scheduled poll). */
    int refreshAwaiting() {
        int done = 0;
        for (MiroirSubmission s : store.awaitingPeer(200)) {
            try {
                refresh(s);
                done++;
            } catch (RuntimeException e) {
                // the peer is away: the next poll asks again
            }
        }
        return done;
    }

    private MiroirSubmission refresh(MiroirSubmission submission) {
        if (submission.remoteId() == null) return submission;
        String establishmentCode = establishments.summary(submission.establishmentId()).map(EtablissementSummary::code).orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = queries.get(PeerKind.MIROIR, submission.establishmentId(), null,
                "/api/v1/miroir/" + establishmentCode + "/" + submission.schoolYearLabel() + "/submissions/" + submission.remoteId(), Map.class);
        SubmissionStatus status = parseStatus(answer.get("status")).orElse(submission.status());
        List<String> messages = new ArrayList<>();
        if (answer.get("messages") instanceof List<?> list) list.forEach(m -> messages.add(String.valueOf(m)));
        // conditional on what was read: of two refreshes of one submission, only the first to write settles the exchange
        if ((status != submission.status() || !messages.equals(submission.messages()))
                && store.setStatusIf(submission.id(), submission.status(), submission.messages(), status, messages, clock.instant())) {
            outcomes.settle(submission.establishmentId(), submission.exchangeId(),
                    status == SubmissionStatus.REJECTED ? ExchangeStatus.FAILURE : null,
                    Texts.get("miroir.send.summary.status", Texts.get(submission.use().translationKey(), submission.schoolYearLabel(),
                            submission.startYear() + 1), Texts.get(status.translationKey())), null,
                    messages.stream().map(m -> status == SubmissionStatus.REJECTED ? ExchangeMessage.error(m, null) : ExchangeMessage.info(m)).toList());
        }
        return store.find(submission.id()).orElseThrow();
    }

    /** The outbox's outcome of a send (from {@link MiroirDeliveryOutcomes}). */
    void delivered(long submissionId, UUID deliveryId, String responseBody) {
        MiroirSubmission submission = store.find(submissionId).orElse(null);
        if (submission == null) return;
        String remoteId = null;
        SubmissionStatus status = SubmissionStatus.RECEIVED;
        if (responseBody != null && !responseBody.isBlank()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = json.readValue(responseBody, Map.class);
            remoteId = answer.get("submissionId") == null ? null : String.valueOf(answer.get("submissionId"));
            status = parseStatus(answer.get("status")).orElse(SubmissionStatus.RECEIVED);
        }
        // conditional: only the first hearing of this send's outcome writes and settles (one writer, no lost update)
        if (!store.setOutcome(submissionId, deliveryId.toString(), remoteId, status, List.of(), clock.instant())) return;
        outcomes.settle(submission.establishmentId(), submission.exchangeId(), ExchangeStatus.SUCCESS,
                Texts.get("miroir.send.summary.status", Texts.get(submission.use().translationKey(), submission.schoolYearLabel(),
                        submission.startYear() + 1), Texts.get(status.translationKey())), null, null);
    }

    void notDelivered(long submissionId, UUID deliveryId, String problem) {
        MiroirSubmission submission = store.find(submissionId).orElse(null);
        if (submission == null) return;
        if (!store.setOutcome(submissionId, deliveryId.toString(), null, SubmissionStatus.NOT_DELIVERED,
                problem == null ? List.of() : List.of(problem), clock.instant())) return;
        // the outbox adds its own error message to the exchange; the status is ours to set
        outcomes.settle(submission.establishmentId(), submission.exchangeId(), ExchangeStatus.FAILURE,
                Texts.get("miroir.send.summary.status", Texts.get(submission.use().translationKey(), submission.schoolYearLabel(),
                        submission.startYear() + 1), Texts.get(SubmissionStatus.NOT_DELIVERED.translationKey())), null, null);
    }

    private static Optional<SubmissionStatus> parseStatus(Object value) {
        if (value == null) return Optional.empty();
        return switch (String.valueOf(value)) {
            case "RECEIVED" -> Optional.of(SubmissionStatus.RECEIVED);
            case "ACCEPTED" -> Optional.of(SubmissionStatus.ACCEPTED);
            case "REJECTED" -> Optional.of(SubmissionStatus.REJECTED);
            default -> Optional.empty();
        };
    }

    private SubmissionBody body(MiroirReport report) {
        return new SubmissionBody(OffsetDateTime.ofInstant(report.computedAt(), ZoneOffset.UTC).toString(),
                report.indicators().stream().map(i -> new IndicatorValue(i.code(), i.label(), i.value(), i.unit())).toList(),
                report.staff(), report.pupils());
    }
}
