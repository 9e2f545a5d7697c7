package org.preau.peer;

import org.preau.base.Texts;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.SchoolSystem;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangeStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One try of one send, with the contract's rules: 2xx delivered; 400/409/422 (and other 4xx)
 * refused for good; 401/403 a configuration error; 408/429/5xx, connection errors and the
 * "idempotency in progress" 409 retried with exponential back-off (Retry-After honoured) until
 * the give-up period ends. The idempotency key stays the same across tries.
 */
@Component
class PeerDeliveryAttempts {

    private static final Logger log = LoggerFactory.getLogger(PeerDeliveryAttempts.class);
    private static final Duration LEASE = PeerHttp.CONNECT_TIMEOUT.plus(PeerHttp.READ_TIMEOUT).plusSeconds(60);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    private final PeerDeliveryStore store;
    private final Map<PeerKind, PeerEndpointResolver> resolvers;
    private final PeerHttp http;
    private final PeerProperties properties;
    private final ExchangeOutcomes exchanges;
    private final EtablissementService etablissements;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inNewTransaction;
    private final JsonMapper json;
    private final Clock clock;

    PeerDeliveryAttempts(PeerDeliveryStore store, List<PeerEndpointResolver> resolvers, PeerHttp http, PeerProperties properties,
                         ExchangeOutcomes exchanges, EtablissementService etablissements, ApplicationEventPublisher events,
                         PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
        this.store = store;
        // A feature's own resolver wins over the configured one for the same kind.
        this.resolvers = resolvers.stream().collect(Collectors.toMap(PeerEndpointResolver::kind, Function.identity(),
                (configured, feature) -> configured instanceof ConfiguredEndpoints ? feature : configured));
        this.http = http;
        this.properties = properties;
        this.exchanges = exchanges;
        this.etablissements = etablissements;
        this.events = events;
        this.inNewTransaction = new TransactionTemplate(transactions);
        this.inNewTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.clock = clock;
    }

    /** Tries the send if it is due and no other node is trying it; does nothing otherwise. */
    void attempt(UUID id) {
        Instant now = clock.instant();
        Boolean claimed = inNewTransaction.execute(tx -> store.claim(id, now, now.plus(LEASE)));
        if (!Boolean.TRUE.equals(claimed)) return;
        PeerDelivery d = store.find(id).orElseThrow();
        PeerEndpoint endpoint;
        try {
            PeerEndpointResolver resolver = resolvers.get(d.peer());
            if (resolver == null) throw new PeerUnreachableException(Texts.get("peer.error.noKey", d.peer().name()));
            endpoint = resolver.resolve(d.establishmentId(), d.target());
        } catch (PeerUnreachableException e) {
            finish(d, DeliveryStatus.FAILED, null, null, e.getMessage());
            return;
        }
        PeerAnswer answer;
        try {
            answer = http.write(endpoint, d.method(), d.path(), d.body(), d.idempotencyKey());
        } catch (HttpTimeoutException e) {
            retryOrGiveUp(d, null, null, Optional.empty(), Texts.get("peer.error.timeout"));
            return;
        } catch (IOException e) {
            retryOrGiveUp(d, null, null, Optional.empty(), Texts.get("peer.error.unreachable", endpoint.baseUrl().getHost()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            inNewTransaction.executeWithoutResult(tx -> store.reschedule(d.id(), d.attempts(), clock.instant(), null, null, null));
            return;
        }
        int status = answer.status();
        if (status >= 200 && status < 300) {
            finish(d, DeliveryStatus.DELIVERED, status, answer.body(), null);
        } else if (status == 401 || status == 403) {
            finish(d, DeliveryStatus.UNAUTHORIZED, status, answer.body(), Texts.get("peer.error.unauthorized", status));
        } else if (status == 408 || status == 429 || status >= 500
                || (status == 409 && ProblemDetail.isIdempotencyInProgress(json, answer.body()))) {
            retryOrGiveUp(d, status, answer.body(), answer.retryAfter(), ProblemDetail.sentence(json, status, answer.body()));
        } else {
            finish(d, DeliveryStatus.REJECTED, status, answer.body(), ProblemDetail.sentence(json, status, answer.body()));
        }
    }

    private void retryOrGiveUp(PeerDelivery d, Integer status, String body, Optional<Duration> retryAfter, String reason) {
        Instant now = clock.instant();
        PeerProperties.Retry retry = properties.getRetry();
        Duration backOff = retry.getFirstDelay().multipliedBy(1L << Math.min(d.attempts() - 1, 20));
        if (backOff.compareTo(retry.getMaxDelay()) > 0) backOff = retry.getMaxDelay();
        Duration wait = retryAfter.filter(r -> r.compareTo(Duration.ZERO) > 0).orElse(backOff);
        Instant next = now.plus(wait);
        if (next.isAfter(d.createdAt().plus(retry.getGiveUpAfter()))) {
            finish(d, DeliveryStatus.FAILED, status, body, Texts.get("peer.error.gaveUp", d.attempts(), reason));
            return;
        }
        log.info("Send {} to {} not delivered (try {}): {}; next try at {}", d.id(), d.peer(), d.attempts(), reason, next);
        Boolean kept = inNewTransaction.execute(tx -> store.reschedule(d.id(), d.attempts(), next, status, body, reason));
        // another node took the row over after this try's lease ran out: its outcome speaks for the exchange
        if (!Boolean.TRUE.equals(kept)) return;
        if (d.exchangeId() != null) {
            String when = WHEN.format(next.atZone(zone(d.establishmentId())));
            exchanges.settle(d.establishmentId(), d.exchangeId(), ExchangeStatus.PENDING, null, null,
                    List.of(ExchangeMessage.warning(Texts.get("peer.message.retry", d.attempts(), reason, when), d.reference())));
        }
    }

    private void finish(PeerDelivery d, DeliveryStatus status, Integer httpStatus, String body, String problem) {
        log.info("Send {} to {} finished: {} (HTTP {}) {}", d.id(), d.peer(), status, httpStatus, problem == null ? "" : problem);
        // The exchange first: a feature hearing the event below may settle it again with more
        // detail, and must come last. (A crash in between tries the send again, same key.)
        if (d.exchangeId() != null) settleExchange(d, status, problem);
        inNewTransaction.executeWithoutResult(tx -> {
            // a try whose lease ran out and whose row another node claimed does not announce its outcome
            if (!store.finish(d.id(), d.attempts(), status, clock.instant(), httpStatus, body, problem)) return;
            events.publishEvent(new PeerDeliveryFinished(d.id(), d.peer(), d.establishmentId(), d.purpose(), d.reference(),
                    d.exchangeId(), status, httpStatus, body, problem));
        });
    }

    private void settleExchange(PeerDelivery d, DeliveryStatus status, String problem) {
        if (d.settlesExchange()) {
            boolean ok = status == DeliveryStatus.DELIVERED;
            exchanges.settle(d.establishmentId(), d.exchangeId(), ok ? ExchangeStatus.SUCCESS : ExchangeStatus.FAILURE,
                    Texts.get(ok ? "peer.summary.delivered" : "peer.summary.notDelivered", Texts.get(status.translationKey())),
                    null, ok ? List.of() : List.of(ExchangeMessage.error(problem, d.reference())));
        } else if (status != DeliveryStatus.DELIVERED) {
            exchanges.settle(d.establishmentId(), d.exchangeId(), null, null, null,
                    List.of(ExchangeMessage.error(Texts.get("peer.message.notDelivered", Texts.get(status.translationKey()), problem),
                            d.reference())));
        }
    }

    private ZoneId zone(long establishmentId) {
        return etablissements.summary(establishmentId).map(s -> s.schoolSystem().zone()).orElse(SchoolSystem.FR.zone());
    }
}
