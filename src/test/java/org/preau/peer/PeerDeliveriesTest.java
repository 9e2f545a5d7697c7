package org.preau.peer;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeStatus;
import org.preau.support.DemoUsers;
import org.preau.support.PeerStub;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PreauIntegrationTest
class PeerDeliveriesTest {

    private static final String PATH = "/api/v1/establishments/5432/members/T1";

    @Autowired PeerDeliveries deliveries;
    @Autowired EtablissementProvisioning provisioning;
    @Autowired ExchangeOutcomes exchanges;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired PeerOutcomesProbe outcomes;

    @RegisterExtension
    final PeerStub peer = PeerStub.segec();
    private long ecole;

    @BeforeEach
    void ecoleWithNoOutcomeSeen() {
        ecole = provisioning.findByCode(DemoUsers.ECOLE_FASE).orElseThrow().id();
        outcomes.seen.clear();
    }

    @Test
    void a_send_is_delivered_after_commit_with_the_key_and_an_idempotency_key_and_settles_its_exchange() {
        peer.stubFor(put(PATH).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"accountId\":\"A1\",\"status\":\"INVITED\"}")));
        long exchangeId = newExchange();
        UUID id = send(exchangeId, true);

        PeerDelivery done = awaitFinished(id);
        assertThat(done.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.responseBody()).contains("INVITED");
        peer.verify(1, putRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer sandbox-segec"))
                .withHeader("Idempotency-Key", equalTo(done.idempotencyKey().toString()))
                .withRequestBody(equalToJson("{\"lastName\":\"Lambert\",\"active\":true}", true, true)));
        assertThat(status(exchangeId)).isEqualTo("SUCCESS");
        await().atMost(Duration.ofSeconds(10)).until(() -> outcomes.seen.stream().anyMatch(e -> e.deliveryId().equals(id)));
    }

    @Test
    void nothing_is_sent_when_the_recording_transaction_rolls_back() {
        peer.stubFor(put(PATH).willReturn(aResponse().withStatus(201)));
        try {
            transactions.executeWithoutResult(tx -> {
                deliveries.send(request(null, false, "rolled-back"));
                throw new IllegalStateException("the import failed");
            });
        } catch (IllegalStateException expected) {
            // as planned
        }
        deliveries.tryDueNow();
        assertThat(peer.getAllServeEvents()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from peer_delivery where reference = 'rolled-back'", Integer.class)).isZero();
    }

    @Test
    void a_peer_down_for_a_while_gets_the_send_exactly_once_with_the_same_key_when_it_is_back() {
        peer.stubFor(put(PATH).inScenario("down").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("still down"));
        peer.stubFor(put(PATH).inScenario("down").whenScenarioStateIs("still down")
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("back"));
        peer.stubFor(put(PATH).inScenario("down").whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"ACTIVE\"}")));
        long exchangeId = newExchange();
        UUID id = send(exchangeId, true);

        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.find(id).orElseThrow().attempts() == 1
                && deliveries.find(id).orElseThrow().status() == DeliveryStatus.PENDING);
        assertThat(status(exchangeId)).isEqualTo("PENDING");
        // The retry job runs every few seconds in production; here it is run by hand until done.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
            deliveries.tryDueNow();
            return deliveries.find(id).orElseThrow().status().finished();
        });
        PeerDelivery done = deliveries.find(id).orElseThrow();
        assertThat(done.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(done.attempts()).isEqualTo(3);
        var keys = peer.getAllServeEvents().stream().map(e -> e.getRequest().getHeader("Idempotency-Key")).distinct().toList();
        assertThat(keys).containsExactly(done.idempotencyKey().toString());
        assertThat(peer.findAll(putRequestedFor(urlEqualTo(PATH)))).hasSize(3);
        deliveries.tryDueNow();
        assertThat(peer.findAll(putRequestedFor(urlEqualTo(PATH)))).hasSize(3);
        assertThat(status(exchangeId)).isEqualTo("SUCCESS");
        assertThat(jdbc.queryForList("select text from exchange_message where exchange_id = ?", String.class, exchangeId))
                .anyMatch(text -> text.startsWith("Essai 1 non abouti"));
    }

    @Test
    void a_refusal_of_the_data_is_shown_with_the_peers_message_and_not_retried() {
        peer.stubFor(put(PATH).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Données invalides\",\"detail\":\"Adresse e-mail invalide\","
                        + "\"errors\":[{\"field\":\"email\",\"message\":\"format\"}]}")));
        long exchangeId = newExchange();
        UUID id = send(exchangeId, true);

        PeerDelivery done = awaitFinished(id);
        assertThat(done.status()).isEqualTo(DeliveryStatus.REJECTED);
        assertThat(done.lastError()).isEqualTo("Adresse e-mail invalide ; email : format");
        deliveries.tryDueNow();
        peer.verify(1, putRequestedFor(urlEqualTo(PATH)));
        assertThat(status(exchangeId)).isEqualTo("FAILURE");
    }

    @Test
    void a_refused_key_is_a_configuration_error_and_not_retried() {
        peer.stubFor(put(PATH).willReturn(aResponse().withStatus(401)));
        UUID id = send(null, false);
        PeerDelivery done = awaitFinished(id);
        assertThat(done.status()).isEqualTo(DeliveryStatus.UNAUTHORIZED);
        assertThat(done.lastError()).contains("clé d'accès");
        deliveries.tryDueNow();
        peer.verify(1, putRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void an_idempotency_key_still_in_progress_is_retried_but_a_key_reused_with_another_body_is_not() {
        peer.stubFor(put(PATH).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(409).withHeader("Retry-After", "1")
                        .withBody("{\"type\":\"https://preau.example/problems/idempotency-in-progress\",\"title\":\"En cours\"}"))
                .willSetStateTo("done"));
        peer.stubFor(put(PATH).inScenario("busy").whenScenarioStateIs("done").willReturn(aResponse().withStatus(200)));
        UUID id = send(null, false);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
            deliveries.tryDueNow();
            return deliveries.find(id).orElseThrow().status().finished();
        });
        assertThat(deliveries.find(id).orElseThrow().status()).isEqualTo(DeliveryStatus.DELIVERED);

        peer.resetAll();
        peer.stubFor(put(PATH).willReturn(aResponse().withStatus(422)
                .withBody("{\"type\":\"https://preau.example/problems/idempotency-key-reused\",\"title\":\"Clé réutilisée\"}")));
        UUID second = send(null, false);
        assertThat(awaitFinished(second).status()).isEqualTo(DeliveryStatus.REJECTED);
    }

    @Test
    void a_send_still_undelivered_after_the_retry_period_is_marked_failed() {
        peer.stubFor(put(PATH).willReturn(aResponse().withStatus(500)));
        long exchangeId = newExchange();
        UUID id = send(exchangeId, true);
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.find(id).orElseThrow().attempts() == 1
                && deliveries.find(id).orElseThrow().status() == DeliveryStatus.PENDING);
        // Pretend the send was recorded 73 hours ago.
        jdbc.update("update peer_delivery set created_at = created_at - interval 73 hour, next_attempt_at = now(6) - interval 1 second where id = ?",
                id.toString());
        deliveries.tryDueNow();
        PeerDelivery done = deliveries.find(id).orElseThrow();
        assertThat(done.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(done.lastError()).startsWith("Abandon après 2 essais");
        assertThat(status(exchangeId)).isEqualTo("FAILURE");
    }

    private UUID send(Long exchangeId, boolean settles) {
        return transactions.execute(tx -> deliveries.send(request(exchangeId, settles, "T1")));
    }

    private PeerRequest request(Long exchangeId, boolean settles, String reference) {
        return new PeerRequest(PeerKind.SEGEC, ecole, null, "test.member", reference, exchangeId,
                "PUT", PATH, Map.of("lastName", "Lambert", "firstName", "Claire", "active", true), settles);
    }

    private long newExchange() {
        return exchanges.record(ecole, "test", new ExchangeRecord(ExchangeKind.SEGEC_EXTRANET, ExchangeDirection.OUT, null,
                ExchangeStatus.PENDING, "Envoi de test", null, null, null, null));
    }

    private String status(long exchangeId) {
        return jdbc.queryForObject("select status from exchange where id = ?", String.class, exchangeId);
    }

    private PeerDelivery awaitFinished(UUID id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.find(id).orElseThrow().status().finished());
        return deliveries.find(id).orElseThrow();
    }
}
