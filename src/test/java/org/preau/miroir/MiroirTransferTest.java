package org.preau.miroir;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeMessage;
import org.preau.exchange.ExchangeStatus;
import org.preau.peer.DeliveryStatus;
import org.preau.peer.PeerDeliveries;
import org.preau.peer.PeerDelivery;
import org.preau.support.DemoUsers;
import org.preau.support.PeerStub;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The confirmed send through the peer outbox, against a collection point played by WireMock. */
@PreauIntegrationTest
@WithUserDetails(MiroirFixture.DIRECTOR)
class MiroirTransferTest {

    private static final String SUBMISSIONS = "/api/v1/miroir/7781/2021-2022/submissions";

    @Autowired JdbcTemplate jdbc;
    @Autowired MiroirPupils pupils;
    @Autowired MiroirTransfer transfer;
    @Autowired PeerDeliveries deliveries;
    @Autowired ExchangeLog exchanges;

    @RegisterExtension
    static final MiroirFixture fixture = new MiroirFixture();

    @RegisterExtension
    final PeerStub peer = PeerStub.miroir();
    private SchoolYearView year;

    @BeforeEach
    void twoPupilsWithTheirCeb() {
        year = fixture.positionOn(MiroirFixture.CEB_YEAR);
        fixture.enrol(year, List.of(new String[]{"MIR-T1", "Tango", "Tom"}, new String[]{"MIR-T2", "Uniform", "Ulla"}));
        pupils.confirm("ceb.csv", MiroirFixture.csv("Identifiant;Nom;Niveau;Implantation;CEB",
                "MIR-T1;Tango;P6;Centre;réussi", "MIR-T2;Uniform;P6;Centre;échec"));
    }

    @Test
    void a_send_made_while_the_collection_point_is_down_is_retried_once_it_is_back_and_delivered_once() {
        peer.stubFor(post(SUBMISSIONS).inScenario("down").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("back"));
        peer.stubFor(post(SUBMISSIONS).inScenario("down").whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"submissionId\":\"S-1\",\"status\":\"RECEIVED\"}")));

        MiroirSubmission sent = transfer.send();
        UUID deliveryId = UUID.fromString(jdbc.queryForObject("select delivery_id from miroir_submission where id = ?", String.class, sent.id()));
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> deliveries.find(deliveryId).orElseThrow().attempts() == 1);
        assertThat(exchanges.get(sent.exchangeId()).status()).isEqualTo(ExchangeStatus.PENDING);

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
            deliveries.tryDueNow();
            return deliveries.find(deliveryId).orElseThrow().status().finished();
        });
        PeerDelivery done = deliveries.find(deliveryId).orElseThrow();
        assertThat(done.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(done.attempts()).isEqualTo(2);
        deliveries.tryDueNow();
        assertThat(peer.findAll(postRequestedFor(urlEqualTo(SUBMISSIONS)))).hasSize(2);
        assertThat(peer.getAllServeEvents().stream().map(e -> e.getRequest().getHeader("Idempotency-Key")).distinct().toList())
                .containsExactly(done.idempotencyKey().toString());
        peer.verify(postRequestedFor(urlEqualTo(SUBMISSIONS)).withHeader("Authorization", equalTo("Bearer sandbox-miroir"))
                .withRequestBody(matchingJsonPath("$.indicators[?(@.code == 'CEB_TAUX_REUSSITE' && @.value == 50.0)]"))
                .withRequestBody(matchingJsonPath("$.pupils[?(@.externalRef == 'MIR-T1' && @.level == 'P6' && @.section == 'Centre')]")));

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> transfer.submissions().stream()
                .anyMatch(s -> s.id() == sent.id() && s.status() == SubmissionStatus.RECEIVED && "S-1".equals(s.remoteId())));
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> exchanges.get(sent.exchangeId()).summary().contains("Reçu"));
        assertThat(exchanges.get(sent.exchangeId()).status()).isEqualTo(ExchangeStatus.SUCCESS);
    }

    @Test
    void the_status_the_collection_point_reports_later_reaches_the_exchange_history() {
        peer.stubFor(post(SUBMISSIONS).willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                .withBody("{\"submissionId\":\"S-2\",\"status\":\"RECEIVED\"}")));
        peer.stubFor(get(SUBMISSIONS + "/S-2").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"submissionId\":\"S-2\",\"status\":\"REJECTED\",\"messages\":[\"Taux de réussite incohérent\"]}")));

        MiroirSubmission sent = transfer.send();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> transfer.submissions().stream()
                .anyMatch(s -> s.id() == sent.id() && "S-2".equals(s.remoteId())));
        MiroirSubmission refreshed = transfer.refreshStatus(sent.id());

        assertThat(refreshed.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(refreshed.messages()).containsExactly("Taux de réussite incohérent");
        assertThat(exchanges.get(sent.exchangeId()).status()).isEqualTo(ExchangeStatus.FAILURE);
        assertThat(exchanges.get(sent.exchangeId()).summary()).contains("Refusé");
        assertThat(exchanges.messages(sent.exchangeId())).extracting(ExchangeMessage::text).contains("Taux de réussite incohérent");
        assertThat(transfer.schools()).filteredOn(SchoolSendState::current).singleElement()
                .satisfies(s -> assertThat(s.latest()).map(MiroirSubmission::id).contains(sent.id()));
        assertThat(transfer.schools()).noneMatch(s -> s.fase().equals(DemoUsers.LYCEE_UAI));
    }

    @Test
    void a_submission_the_collection_point_refuses_is_not_retried_and_fails_with_its_message() {
        peer.stubFor(post(SUBMISSIONS).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Données invalides\",\"detail\":\"Année scolaire fermée à la collecte\"}")));

        MiroirSubmission sent = transfer.send();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> transfer.submissions().stream()
                .anyMatch(s -> s.id() == sent.id() && s.status() == SubmissionStatus.NOT_DELIVERED));
        deliveries.tryDueNow();

        assertThat(peer.findAll(postRequestedFor(urlEqualTo(SUBMISSIONS)))).hasSize(1);
        await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> exchanges.get(sent.exchangeId()).status() == ExchangeStatus.FAILURE);
        assertThat(exchanges.get(sent.exchangeId()).summary()).contains("Non remis");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> exchanges.messages(sent.exchangeId()).stream()
                .anyMatch(m -> m.text().contains("Année scolaire fermée à la collecte")));
    }
}
