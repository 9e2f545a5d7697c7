package org.preau.transfer;

import org.preau.base.Texts;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeStatus;
import org.preau.learner.LearnerIdentity;
import org.preau.learner.LearnerRecordCopies;
import org.preau.peer.PeerEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The arrival side of a transfer between instances: each arrival with an INE (recorded by a SIECLE
 * import) of an establishment whose transfers are on is asked once of every instance of the
 * directory, by a keyed hash of its INE. An instance holding that learner among its departures
 * answers 202 and sends the records through its outbox; any other answers 204. Only an answer
 * (202 or 204) marks the question asked: an instance that is down is asked again at the next run.
 * Questions to one instance travel a few at a time ({@code preau.federation.concurrency}).
 */
@Component
class FederationQuestions {

    private static final Logger log = LoggerFactory.getLogger(FederationQuestions.class);

    /** What a round did: questions answered, positive answers, instances that did not answer. */
    record Round(int asked, int positive, int unanswered) {
    }

    private final FederationProperties properties;
    private final TransferDirectory directory;
    private final FederationStore store;
    private final LearnerRecordCopies copies;
    private final ModuleSettings modules;
    private final EtablissementService etablissements;
    private final ExchangeOutcomes exchanges;
    private final JsonMapper json;
    private final Clock clock;
    // HTTP/1.1: over plain http an HTTP/2 client first tries an h2c upgrade that Tomcat does not take
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    FederationQuestions(FederationProperties properties, TransferDirectory directory, FederationStore store, LearnerRecordCopies copies,
                        ModuleSettings modules, EtablissementService etablissements, ExchangeOutcomes exchanges, JsonMapper json,
                        Clock clock) {
        this.properties = properties;
        this.directory = directory;
        this.store = store;
        this.copies = copies;
        this.modules = modules;
        this.etablissements = etablissements;
        this.exchanges = exchanges;
        this.json = json;
        this.clock = clock;
    }

    /** One answer, kept for the history of the asking establishment. */
    private record Answer(FederationStore.Arrival arrival, String instance, int status, String error) {
    }

    Round ask() {
        List<String> instances = directory.instances();
        if (instances.isEmpty() || properties.getSecret() == null || properties.getSecret().isBlank()) return new Round(0, 0, 0);
        IneHash hashes = new IneHash(properties.getSecret());
        Map<String, List<FederationStore.Arrival>> unasked = new LinkedHashMap<>();
        for (String instance : instances) unasked.put(instance, store.unasked(instance));
        // who may be asked about: an establishment with the switch on, a learner still there (one query per establishment)
        Map<Long, List<Long>> byEstablishment = new HashMap<>();
        unasked.values().forEach(list -> list.forEach(a -> byEstablishment.computeIfAbsent(a.establishmentId(), id -> new ArrayList<>())
                .add(a.learnerId())));
        Map<Long, java.util.Set<Long>> stillHere = new HashMap<>();
        Map<Long, Optional<String>> uais = new HashMap<>();
        byEstablishment.forEach((establishmentId, learners) -> {
            if (!modules.isEnabled(establishmentId, PreauModule.TRANSFERTS)) return;
            Optional<String> uai = etablissements.summary(establishmentId).map(EtablissementSummary::code);
            if (uai.isEmpty()) return;
            uais.put(establishmentId, uai);
            stillHere.put(establishmentId, copies.stillActive(establishmentId, new java.util.HashSet<>(learners)));
        });
        Map<String, List<FederationStore.Arrival>> perInstance = new LinkedHashMap<>();
        unasked.forEach((instance, list) -> {
            List<FederationStore.Arrival> toAsk = list.stream()
                    .filter(a -> stillHere.getOrDefault(a.establishmentId(), java.util.Set.of()).contains(a.learnerId())).toList();
            if (!toAsk.isEmpty()) perInstance.put(instance, toAsk);
        });
        if (perInstance.isEmpty()) return new Round(0, 0, 0);

        Instant now = clock.instant();
        Map<String, String> hashOf = new HashMap<>();
        java.util.function.UnaryOperator<String> hash = hashes.hasher();
        List<Answer> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> all = new ArrayList<>();
        // a few questions in flight per instance, all instances at once
        Semaphore slots = new Semaphore(Math.max(1, properties.getConcurrency()) * perInstance.size());
        for (Map.Entry<String, List<FederationStore.Arrival>> e : perInstance.entrySet()) {
            PeerEndpoint endpoint = TransferDirectory.endpoint(properties.getInstances().get(e.getKey()));
            URI uri = URI.create(endpoint.baseUrl() + FederationSecurity.TRANSFER_REQUESTS);
            // once an instance fails to answer, the rest of its questions wait for the next run
            AtomicReference<String> down = new AtomicReference<>();
            for (FederationStore.Arrival a : e.getValue()) {
                String body = json.writeValueAsString(Map.of("ineHash", hashOf.computeIfAbsent(a.ine(), hash), "destinationUai", uais.get(a.establishmentId()).orElseThrow(),
                        "requestedAt", now.toString()));
                slots.acquireUninterruptibly();
                if (down.get() != null) {
                    slots.release();
                    answers.add(new Answer(a, e.getKey(), -1, down.get()));
                    continue;
                }
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + endpoint.apiKey())
                        .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
                all.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
                    try {
                        int status = error == null ? response.statusCode() : -1;
                        if (status == 202 || status == 204) {
                            answers.add(new Answer(a, e.getKey(), status, null));
                        } else {
                            String why = error == null ? Texts.get("transfer.federation.answer", status)
                                    : Texts.get("peer.error.unreachable", uri.getHost());
                            down.compareAndSet(null, why);
                            answers.add(new Answer(a, e.getKey(), -1, why));
                        }
                    } finally {
                        slots.release();
                    }
                    return null;
                }));
            }
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        // only an answer marks a question asked: the others are asked again at the next run
        store.askedAll(answers.stream().filter(a -> a.status() > 0)
                .map(a -> new Object[]{a.arrival().learnerId(), a.instance(), a.arrival().establishmentId(), a.status()}).toList(), now);
        history(answers, perInstance.size(), now);
        int positive = (int) answers.stream().filter(a -> a.status() == 202).count();
        int unanswered = (int) answers.stream().filter(a -> a.status() < 0).map(Answer::instance).distinct().count();
        int asked = (int) answers.stream().filter(a -> a.status() > 0).count();
        log.info("Federation question round: {} answered, {} positive, {} instance(s) without an answer", asked, positive, unanswered);
        return new Round(asked, positive, unanswered);
    }

    /** One line per asking establishment in its exchange history, naming the learners an instance holds. */
    private void history(List<Answer> answers, int instances, Instant now) {
        Map<Long, List<Answer>> byEstablishment = new ConcurrentHashMap<>();
        for (Answer a : answers) byEstablishment.computeIfAbsent(a.arrival().establishmentId(), id -> new ArrayList<>()).add(a);
        byEstablishment.forEach((establishmentId, list) -> {
            List<ExchangeMessage> messages = new ArrayList<>();
            list.stream().filter(a -> a.status() < 0).map(a -> Texts.get("transfer.message.instanceDown", a.instance(), a.error()))
                    .distinct().forEach(m -> messages.add(ExchangeMessage.warning(m, null)));
            for (Answer a : list) {
                if (a.status() != 202 || messages.size() >= 300) continue;
                String who = copies.identity(establishmentId, a.arrival().learnerId()).map(LearnerIdentity::fullName).orElse(a.arrival().ine());
                messages.add(ExchangeMessage.info(Texts.get("transfer.message.held", who, a.instance())));
            }
            long learners = list.stream().map(a -> a.arrival().learnerId()).distinct().count();
            long positive = list.stream().filter(a -> a.status() == 202).count();
            boolean someDown = list.stream().anyMatch(a -> a.status() < 0);
            exchanges.record(establishmentId, Texts.get("transfer.startedBy.job"), new ExchangeRecord(ExchangeKind.LEARNER_TRANSFER,
                    ExchangeDirection.OUT, null, someDown ? ExchangeStatus.PARTIAL : ExchangeStatus.SUCCESS,
                    Texts.get("transfer.summary.questions", learners, instances, positive),
                    Map.of("questions", (int) list.stream().filter(a -> a.status() > 0).count(), "positive", (int) positive),
                    messages, null, now));
        });
    }
}
