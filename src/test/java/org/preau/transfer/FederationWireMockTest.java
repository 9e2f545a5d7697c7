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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * WireMock plays another instance of the federation: one that is down for a while (asked again at
 * the next run, then once only; its transfer retried, then delivered once), and one that asks with
 * a hash this instance cannot recognise (nothing is sent).
 */
@PreauIntegrationTest
class FederationWireMockTest {

    static final String SECRET = "secret-de-test";
    static final String W_UAI = "0339001" + Uai.checkLetter("0339001");
    static final String TO_W = "jeton-vers-w";
    static final String FROM_W = "jeton-de-w";

    @LocalServerPort int port;
    @Autowired TransferWorld world;
    @Autowired FederationProperties federation;
    @Autowired TransferJob job;
    @Autowired PeerDeliveries deliveries;
    @Autowired JdbcTemplate jdbc;

    private final WireMockServer other = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void anotherInstanceServingOneLycee() {
        other.start();
        FederationProperties.Instance w = new FederationProperties.Instance();
        w.setBaseUrl(other.baseUrl());
        w.setToken(TO_W);
        w.setExpectedToken(FROM_W);
        w.setEstablishments(List.of(W_UAI));
        federation.getInstances().put("w", w);
        federation.setSecret(SECRET);
        world.reset();
        world.switchTransfers(DemoUsers.DIRECTEUR, true);
        jdbc.update("delete from transfer_question");
    }

    @AfterEach
    void forgetIt() {
        world.switchesBackToDefault();
        federation.getInstances().remove("w");
        federation.setSecret(null);
        other.stop();
    }

    private HttpResponse<String> ask(String hash, String destinationUai, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/transfer-requests"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ineHash\":\"" + hash + "\",\"destinationUai\":\"" + destinationUai
                        + "\",\"requestedAt\":\"2025-09-02T06:00:00Z\"}"));
        if (token != null) request.header("Authorization", "Bearer " + token);
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private int questionsAsked() {
        return other.findAll(postRequestedFor(urlEqualTo("/api/v1/transfer-requests"))).size();
    }

    @Test
    void an_instance_down_is_asked_again_at_the_next_run_then_never_again_and_the_ine_never_travels_in_clear() {
        world.lyceeImportsBothYears();
        int arrivals = jdbc.queryForObject("select count(*) from transfer_candidate where establishment_id = ? and movement = 'ARRIVED'",
                Integer.class, world.lyceeId());
        assertThat(arrivals).isPositive();
        other.stubFor(post("/api/v1/transfer-requests").willReturn(aResponse().withStatus(503)));

        job.run();
        assertThat(jdbc.queryForObject("select count(*) from transfer_question", Integer.class)).isZero();
        assertThat(questionsAsked()).as("once it fails, its other questions wait for the next run").isLessThan(arrivals);
        other.resetAll();
        other.stubFor(post("/api/v1/transfer-requests").willReturn(aResponse().withStatus(204)));
        assertThat(jdbc.queryForList("select summary from exchange where establishment_id = ? and kind = 'LEARNER_TRANSFER'", String.class,
                world.lyceeId())).singleElement().asString().startsWith("Questions aux autres instances");

        jdbc.update("delete from exchange where establishment_id = ? and kind = 'LEARNER_TRANSFER'", world.lyceeId());
        job.run();
        int active = jdbc.queryForObject("""
                select count(*) from transfer_candidate c join enrolment e on e.learner_id = c.learner_id and e.active = true
                where c.establishment_id = ? and c.movement = 'ARRIVED'
                  and e.start_year = (select max(x.start_year) from enrolment x where x.learner_id = c.learner_id)""",
                Integer.class, world.lyceeId());
        assertThat(jdbc.queryForObject("select count(*) from transfer_question", Integer.class)).isEqualTo(active);
        int asked = questionsAsked();

        job.run();
        assertThat(questionsAsked()).as("a third run asks nothing").isEqualTo(asked);
        IneHash hashes = new IneHash(SECRET);
        List<String> ines = jdbc.queryForList("select ine from learner where establishment_id = ? and ine is not null", String.class,
                world.lyceeId());
        List<LoggedRequest> requests = other.findAll(postRequestedFor(urlEqualTo("/api/v1/transfer-requests")));
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TO_W);
            assertThat(r.getBodyAsString()).contains("\"destinationUai\":\"" + DemoUsers.LYCEE_UAI + "\"");
            assertThat(ines).noneMatch(ine -> r.getBodyAsString().contains(ine));
        });
        assertThat(requests).anySatisfy(r -> assertThat(r.getBodyAsString()).contains(hashes.of(ines.getFirst())));
    }

    @Test
    void a_question_with_a_forged_hash_gets_204_and_nothing_is_sent_while_the_right_one_sends_once_through_the_outbox()
            throws Exception {
        world.lyceeImportsBothYears();
        String ine = world.leaversIne().getFirst();
        long leaver = world.learnerId(world.lyceeId(), ine);
        world.addRecord(world.lyceeId(), leaver, "BILAN", "Bilan", "2025-06-20");
        other.stubFor(post("/api/v1/learner-transfers").inScenario("down").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("back"));
        other.stubFor(post("/api/v1/learner-transfers").inScenario("down").whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(201).withBody("{\"transferId\":\"9\"}")));

        assertThat(ask(new IneHash("un-autre-secret").of(ine), W_UAI, FROM_W).statusCode()).isEqualTo(204);
        assertThat(ask(new IneHash(SECRET).of(ine), "0599001" + Uai.checkLetter("0599001"), FROM_W).statusCode())
                .as("the asker's establishments cannot be checked now: ask again later").isEqualTo(503);
        other.stubFor(get("/api/v1/establishments").willReturn(okJson("{\"establishments\":[{\"system\":\"FR\",\"code\":\""
                + W_UAI + "\",\"name\":\"Lycée W\",\"transfersOn\":true,\"siecle\":true}]}")));
        assertThat(ask(new IneHash(SECRET).of(ine), "0599001" + Uai.checkLetter("0599001"), FROM_W).statusCode())
                .as("not one of the asker's establishments").isEqualTo(204);
        assertThat(ask(new IneHash(SECRET).of(ine), W_UAI, null).statusCode()).isEqualTo(401);
        assertThat(ask(new IneHash(SECRET).of(ine), W_UAI, "jeton-inconnu").statusCode()).isEqualTo(401);
        assertThat(ask("pas-un-hash", W_UAI, FROM_W).statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from learner_transfer", Integer.class)).isZero();

        assertThat(ask(new IneHash(SECRET).of(ine), W_UAI, FROM_W).statusCode()).isEqualTo(202);
        assertThat(ask(new IneHash(SECRET).of(ine.toLowerCase()), W_UAI, FROM_W).statusCode()).as("asked again").isEqualTo(202);
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(300)).until(() -> {
            deliveries.tryDueNow();
            return "DELIVERED".equals(jdbc.queryForObject("select status from learner_transfer where learner_id = ?", String.class, leaver));
        });
        List<LoggedRequest> sends = other.findAll(postRequestedFor(urlEqualTo("/api/v1/learner-transfers")));
        assertThat(sends).hasSize(2).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(sends.getFirst().getHeader("Idempotency-Key"));
        assertThat(sends.getFirst().getHeader("Authorization")).isEqualTo("Bearer " + TO_W);
        assertThat(sends.getFirst().getBodyAsString()).contains("\"destinationUai\":\"" + W_UAI + "\"", "\"ine\":\"" + ine + "\"");
        assertThat(jdbc.queryForObject("select count(*) from learner_transfer", Integer.class)).isEqualTo(1);
    }

    @Test
    void the_establishments_are_told_to_an_instance_with_its_token_only() throws Exception {
        world.lyceeImportsBothYears();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/establishments"))
                    .header("Authorization", "Bearer " + FROM_W).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"code\":\"" + DemoUsers.LYCEE_UAI + "\"", "\"transfersOn\":true", "\"system\":\"FR\"");
            assertThat(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/establishments")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        }
    }
}
