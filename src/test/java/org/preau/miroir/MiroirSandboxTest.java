package org.preau.miroir;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The sandbox collection point speaks the contract, and a send reaches it end to end. */
@PreauIntegrationTest
class MiroirSandboxTest {

    private static final String BASE = "/sandbox/miroir/api/v1/miroir/5432/2031-2032/submissions";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired MiroirPupils pupils;
    @Autowired MiroirTransfer transfer;
    @Autowired org.preau.peer.PeerDeliveries deliveries;

    @RegisterExtension
    static final MiroirFixture fixture = new MiroirFixture();

    RestClient http;

    @BeforeEach
    void client() {
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
        jdbc.update("delete from sandbox_miroir_submission where school_year = '2031-2032'");
    }

    @Test
    void the_same_key_gets_the_same_answer_and_another_body_under_it_is_refused() {
        String key = UUID.randomUUID().toString();
        var first = post(key, "{\"indicators\":[{\"code\":\"ELEVES\",\"value\":3}]}", "sandbox-miroir");
        var again = post(key, "{\"indicators\":[{\"code\":\"ELEVES\",\"value\":3}]}", "sandbox-miroir");
        var other = post(key, "{\"indicators\":[{\"code\":\"ELEVES\",\"value\":4}]}", "sandbox-miroir");

        assertThat(first.getStatusCode().value()).isEqualTo(202);
        assertThat(first.getBody()).containsEntry("status", "RECEIVED");
        assertThat(again.getStatusCode().value()).isEqualTo(202);
        assertThat(again.getBody()).containsEntry("submissionId", first.getBody().get("submissionId"));
        assertThat(other.getStatusCode().value()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from sandbox_miroir_submission where school_year = '2031-2032'", Integer.class)).isEqualTo(1);
        assertThat(post(UUID.randomUUID().toString(), "{\"indicators\":[]}", "wrong-key").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void a_later_submission_replaces_the_earlier_and_each_is_decided_a_few_seconds_after_it_arrived() {
        String earlier = (String) post(UUID.randomUUID().toString(), "{\"indicators\":[{\"code\":\"ELEVES\",\"value\":3}]}", "sandbox-miroir")
                .getBody().get("submissionId");
        String later = (String) post(UUID.randomUUID().toString(), "{\"indicators\":[]}", "sandbox-miroir").getBody().get("submissionId");

        assertThat(status(later)).containsEntry("status", "RECEIVED");
        assertThat(jdbc.queryForObject("select replaced from sandbox_miroir_submission where id = ?", Boolean.class, earlier)).isTrue();
        assertThat(jdbc.queryForObject("select replaced from sandbox_miroir_submission where id = ?", Boolean.class, later)).isFalse();
        jdbc.update("update sandbox_miroir_submission set received_at = received_at - interval 1 minute where school_year = '2031-2032'");
        assertThat(status(earlier)).containsEntry("status", "ACCEPTED");
        assertThat(status(later)).containsEntry("status", "REJECTED");
    }

    @Test
    @WithUserDetails(MiroirFixture.DIRECTOR)
    void a_send_reaches_the_sandbox_of_this_instance_and_its_acceptance_comes_back_on_refresh() {
        var year = fixture.positionOn(MiroirFixture.CEB_YEAR);
        fixture.enrol(year, List.<String[]>of(new String[]{"MIR-S1", "Sierra", "Sam"}));
        pupils.confirm("ceb.csv", MiroirFixture.csv("Identifiant;Nom;Niveau;Implantation;CEB", "MIR-S1;Sierra;P6;Centre;réussi"));

        MiroirSubmission sent = transfer.send();
        await().pollInSameThread().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(300)).until(() -> {
            deliveries.tryDueNow();
            return transfer.submissions().stream().anyMatch(s -> s.id() == sent.id() && s.status() == SubmissionStatus.RECEIVED);
        });
        String remoteId = transfer.submissions().stream().filter(s -> s.id() == sent.id()).findFirst().orElseThrow().remoteId();
        assertThat(jdbc.queryForObject("select body from sandbox_miroir_submission where id = ?", String.class, remoteId))
                .contains("\"CEB_TAUX_REUSSITE\"").contains("MIR-S1");
        jdbc.update("update sandbox_miroir_submission set received_at = received_at - interval 1 minute where id = ?", remoteId);

        assertThat(transfer.refreshStatus(sent.id()).status()).isEqualTo(SubmissionStatus.ACCEPTED);
    }

    @SuppressWarnings("unchecked")
    private org.springframework.http.ResponseEntity<Map<String, Object>> post(String key, String body, String apiKey) {
        return (org.springframework.http.ResponseEntity<Map<String, Object>>) (Object) http.post().uri(BASE)
                .header("Authorization", "Bearer " + apiKey).header("Idempotency-Key", key)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> status(String id) {
        return http.get().uri(BASE + "/" + id).header("Authorization", "Bearer sandbox-miroir").retrieve().body(Map.class);
    }
}
