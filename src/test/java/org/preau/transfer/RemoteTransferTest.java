package org.preau.transfer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.Uai;
import org.preau.peer.PeerDeliveries;
import org.preau.support.DemoUsers;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A transfer to an establishment of another Préau of the federation (WireMock plays it): retried while it is down, delivered exactly once. */
@PreauIntegrationTest
@WithUserDetails(DemoUsers.DIRECTEUR)
class RemoteTransferTest {

    static final String REMOTE_UAI = "0599990" + Uai.checkLetter("0599990");

    @Autowired TransferWorld world;
    @Autowired LearnerTransfers transfers;
    @Autowired FederationProperties federation;
    @Autowired PeerDeliveries deliveries;
    @Autowired TransferJob job;
    @Autowired JdbcTemplate jdbc;

    private final WireMockServer otherPreau = new WireMockServer(options().dynamicPort());
    long leaver;
    String ine;

    @BeforeEach
    void aLeaverAndAnotherPreauInTheDirectory() {
        otherPreau.start();
        FederationProperties.Instance instance = new FederationProperties.Instance();
        instance.setBaseUrl(otherPreau.baseUrl());
        instance.setToken("cle-de-l-autre-preau");
        instance.setEstablishments(List.of(REMOTE_UAI));
        federation.getInstances().put("autre", instance);
        world.reset();
        world.switchTransfers(DemoUsers.DIRECTEUR, true);
        world.lyceeImportsBothYears();
        ine = world.leaversIne().getFirst();
        leaver = world.learnerId(world.lyceeId(), ine);
        world.addRecord(world.lyceeId(), leaver, "BILAN", "Bilan de fin d'année", "2025-06-20");
    }

    @AfterEach
    void switchesBackToDefault() {
        world.switchesBackToDefault();
    }

    @AfterEach
    void forgetTheOtherPreau() {
        federation.getInstances().remove("autre");
        otherPreau.stop();
    }

    private TransferView send() {
        return transfers.transfer(new ManualTransferRequest(leaver, REMOTE_UAI, LocalDate.now(), ConsentGiver.LEARNER, null, null));
    }

    private TransferStatus status(long id) {
        return TransferStatus.valueOf(jdbc.queryForObject("select status from learner_transfer where id = ?", String.class, id));
    }

    private void awaitDelivered(long id) {
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(300)).until(() -> {
            deliveries.tryDueNow();
            return status(id) == TransferStatus.DELIVERED;
        });
    }

    @Test
    void a_destination_down_for_a_while_receives_the_learner_exactly_once_with_the_same_idempotency_key() {
        otherPreau.stubFor(post("/api/v1/learner-transfers").inScenario("down").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("back"));
        otherPreau.stubFor(post("/api/v1/learner-transfers").inScenario("down").whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"transferId\":\"42\"}"))
                .willSetStateTo("delivered"));

        TransferView sent = send();
        assertThat(sent.status()).isIn(TransferStatus.SENDING, TransferStatus.DELIVERED);
        awaitDelivered(sent.id());

        List<LoggedRequest> requests = otherPreau.findAll(postRequestedFor(urlEqualTo("/api/v1/learner-transfers")));
        assertThat(requests).hasSize(2);
        assertThat(requests).extracting(r -> r.getHeader("Idempotency-Key")).doesNotContainNull().containsOnly(requests.getFirst().getHeader("Idempotency-Key"));
        otherPreau.verify(2, postRequestedFor(urlEqualTo("/api/v1/learner-transfers"))
                .withHeader("Authorization", equalTo("Bearer cle-de-l-autre-preau"))
                .withRequestBody(matchingJsonPath("$.ine", equalTo(ine)))
                .withRequestBody(matchingJsonPath("$.sourceUai", equalTo(DemoUsers.LYCEE_UAI)))
                .withRequestBody(matchingJsonPath("$.destinationUai", equalTo(REMOTE_UAI)))
                .withRequestBody(matchingJsonPath("$.consent.kind", equalTo("SIGNED_FORM")))
                .withRequestBody(matchingJsonPath("$.records[0].kind", equalTo("BILAN")))
                .withRequestBody(matchingJsonPath("$.records[0].date", equalTo("2025-06-20")))
                .withRequestBody(matchingJsonPath("$.records[0].author", equalTo("enseignant"))));
        // nothing more to send: neither the retry job nor the daily run sends it again
        deliveries.tryDueNow();
        job.run();
        assertThat(otherPreau.findAll(postRequestedFor(urlEqualTo("/api/v1/learner-transfers")))).hasSize(2);
        assertThat(jdbc.queryForObject("select status from exchange where id = (select exchange_id from learner_transfer where id = ?)",
                String.class, sent.id())).isEqualTo("SUCCESS");
    }

    @Test
    void a_destination_that_refuses_for_now_gets_the_transfer_again_at_the_next_run_and_the_reason_is_shown_meanwhile() {
        otherPreau.stubFor(post("/api/v1/learner-transfers").inScenario("off").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://preau.org/problems/transfer-refused\",\"title\":\"Transfert refusé\","
                                + "\"detail\":\"Le transfert des données est désactivé dans l'établissement d'accueil.\"}"))
                .willSetStateTo("on"));
        otherPreau.stubFor(post("/api/v1/learner-transfers").inScenario("off").whenScenarioStateIs("on")
                .willReturn(aResponse().withStatus(201).withBody("{\"transferId\":\"7\"}")));

        TransferView sent = send();
        await().atMost(Duration.ofSeconds(20)).until(() -> status(sent.id()) == TransferStatus.PENDING);
        assertThat(transfers.sent()).filteredOn(t -> t.id() == sent.id()).singleElement()
                .satisfies(t -> assertThat(t.reason()).contains("désactivé dans l'établissement d'accueil"));

        job.run();
        awaitDelivered(sent.id());
        assertThat(otherPreau.findAll(postRequestedFor(urlEqualTo("/api/v1/learner-transfers")))).hasSize(2);
        assertThat(otherPreau.getAllServeEvents()).filteredOn(e -> e.getResponse().getStatus() == 201).hasSize(1);
    }
}
