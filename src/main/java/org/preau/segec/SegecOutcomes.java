package org.preau.segec;

import org.preau.base.Texts;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangeStatus;
import org.preau.peer.DeliveryStatus;
import org.preau.peer.PeerDeliveries;
import org.preau.peer.PeerDelivery;
import org.preau.peer.PeerDeliveryFinished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns the peer's answers: the outcome per person of an activation, the account state of a
 * member sent by the extranet transfer or deactivated, and settles the exchange once all its
 * sends are finished.
 */
@Component
class SegecOutcomes {

    private static final Logger log = LoggerFactory.getLogger(SegecOutcomes.class);

    private final SegecStore store;
    private final PeerDeliveries deliveries;
    private final ExchangeOutcomes exchanges;
    private final JsonMapper json;
    private final Clock clock;

    SegecOutcomes(SegecStore store, PeerDeliveries deliveries, ExchangeOutcomes exchanges, JsonMapper json, Clock clock) {
        this.store = store;
        this.deliveries = deliveries;
        this.exchanges = exchanges;
        this.json = json;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PeerDeliveryFinished finished) {
        if (!SegecBodies.ACTIVATION.equals(finished.purpose()) && !SegecBodies.MEMBER.equals(finished.purpose())) return;
        PeerDeliveryFinished readable = finished;
        if (finished.status() == DeliveryStatus.DELIVERED && !isJson(finished.responseBody())) {
            // A 2xx whose body is not the contract's JSON: shown as a refusal rather than retried for ever by the registry.
            log.warn("SeGEC answer to {} is not JSON; recorded as refused", finished.deliveryId());
            readable = new PeerDeliveryFinished(finished.deliveryId(), finished.peer(), finished.establishmentId(), finished.purpose(),
                    finished.reference(), finished.exchangeId(), DeliveryStatus.REJECTED, finished.httpStatus(), null,
                    Texts.get("segec.error.answer"));
        }
        if (SegecBodies.ACTIVATION.equals(readable.purpose())) activationFinished(readable);
        else memberFinished(readable);
    }

    private boolean isJson(String body) {
        if (body == null || body.isBlank()) return true;
        try {
            json.readTree(body);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void activationFinished(PeerDeliveryFinished e) {
        long yearId = Long.parseLong(e.reference());
        PeerDelivery delivery = deliveries.find(e.deliveryId()).orElseThrow();
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode m : json.readTree(delivery.body()).path("members")) {
            names.put(m.path("externalRef").asString(), m.path("lastName").asString() + " " + m.path("firstName").asString());
        }
        Map<SegecAccount.State, Integer> counts = new EnumMap<>(SegecAccount.State.class);
        List<ExchangeMessage> messages = new ArrayList<>();
        if (e.status() == DeliveryStatus.DELIVERED) {
            java.util.Set<String> answered = new java.util.HashSet<>();
            for (JsonNode r : json.readTree(e.responseBody() == null ? "{}" : e.responseBody()).path("results")) {
                String ref = r.path("externalRef").asString();
                if (!names.containsKey(ref)) continue;
                answered.add(ref);
                SegecAccount.State state = state(r.path("outcome").asString());
                String reason = r.hasNonNull("reason") ? r.path("reason").asString() : null;
                String who = names.getOrDefault(ref, ref);
                store.answer(e.establishmentId(), Long.parseLong(ref), yearId, e.deliveryId(), state,
                        r.hasNonNull("accountId") ? r.path("accountId").asString() : null, reason, clock.instant());
                counts.merge(state, 1, Integer::sum);
                String text = Texts.get(state.translationKey()) + (reason == null ? "" : " : " + reason);
                messages.add(state == SegecAccount.State.REJECTED ? ExchangeMessage.error(text, who)
                        : new ExchangeMessage(ExchangeMessage.Severity.INFO, text, who));
            }
            for (String ref : names.keySet()) {
                if (answered.contains(ref)) continue;
                String reason = Texts.get("segec.error.noResult");
                store.answer(e.establishmentId(), Long.parseLong(ref), yearId, e.deliveryId(), SegecAccount.State.REJECTED, null, reason,
                        clock.instant());
                counts.merge(SegecAccount.State.REJECTED, 1, Integer::sum);
                messages.add(ExchangeMessage.error(reason, names.get(ref)));
            }
        } else {
            for (String ref : names.keySet()) {
                store.answer(e.establishmentId(), Long.parseLong(ref), yearId, e.deliveryId(), failedState(e.status()), null, e.problem(),
                        clock.instant());
            }
            counts.put(failedState(e.status()), names.size());
        }
        if (e.exchangeId() != null) {
            int refused = counts.getOrDefault(SegecAccount.State.REJECTED, 0) + counts.getOrDefault(SegecAccount.State.FAILED, 0);
            ExchangeStatus status = refused == 0 ? ExchangeStatus.SUCCESS : refused == names.size() ? ExchangeStatus.FAILURE : ExchangeStatus.PARTIAL;
            exchanges.settle(e.establishmentId(), e.exchangeId(), status, Texts.get("segec.activation.done", names.size() - refused, names.size()),
                    named(counts), messages);
        }
        log.info("SeGEC activation {} of establishment {} finished: {}", e.deliveryId(), e.establishmentId(), counts);
    }

    private void memberFinished(PeerDeliveryFinished e) {
        String[] ref = e.reference().split(":");
        long staffId = Long.parseLong(ref[0]);
        long yearId = Long.parseLong(ref[1]);
        if (e.status() == DeliveryStatus.DELIVERED) {
            JsonNode answer = e.responseBody() == null || e.responseBody().isBlank() ? null : json.readTree(e.responseBody());
            SegecAccount.State state = answer == null ? SegecAccount.State.ACTIVE : state(answer.path("status").asString("ACTIVE"));
            store.answer(e.establishmentId(), staffId, yearId, e.deliveryId(), state,
                    answer != null && answer.hasNonNull("accountId") ? answer.path("accountId").asString() : null, null, clock.instant());
        } else {
            store.answer(e.establishmentId(), staffId, yearId, e.deliveryId(), failedState(e.status()), null, e.problem(), clock.instant());
        }
        if (e.exchangeId() == null) return;
        List<PeerDelivery> all = deliveries.ofExchange(e.exchangeId());
        if (!all.stream().allMatch(d -> d.status().finished())) return;
        long delivered = all.stream().filter(d -> d.status() == DeliveryStatus.DELIVERED).count();
        // The peer module already added a message for each send that was not delivered.
        List<ExchangeMessage> messages = List.of();
        ExchangeStatus status = delivered == all.size() ? ExchangeStatus.SUCCESS : delivered == 0 ? ExchangeStatus.FAILURE : ExchangeStatus.PARTIAL;
        exchanges.settle(e.establishmentId(), e.exchangeId(), status, Texts.get("segec.extranet.done", delivered, all.size()),
                Map.of("delivered", (int) delivered, "refused", all.size() - (int) delivered), messages);
    }

    private static SegecAccount.State state(String value) {
        try {
            return SegecAccount.State.valueOf(value);
        } catch (IllegalArgumentException ex) {
            return SegecAccount.State.ACTIVE;
        }
    }

    private static SegecAccount.State failedState(DeliveryStatus status) {
        return status == DeliveryStatus.REJECTED ? SegecAccount.State.REJECTED : SegecAccount.State.FAILED;
    }

    private static Map<String, Integer> named(Map<SegecAccount.State, Integer> counts) {
        Map<String, Integer> named = new LinkedHashMap<>();
        counts.forEach((k, v) -> named.put(k.name(), v));
        return named;
    }
}
