package org.preau.sandbox.segec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PreauIntegrationTest
class SandboxSegecTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void empty() {
        jdbc.update("delete from sandbox_segec_member where fase = '5432'");
        jdbc.update("delete from sandbox_segec_request where fase = '5432'");
    }

    @Test
    void an_unknown_email_gets_an_invitation_a_known_one_a_confirmation_an_active_member_already_active_and_a_bad_email_a_refusal() throws Exception {
        String first = activate(UUID.randomUUID().toString(), member("T1", "ana@mail.example") + "," + member("T2", "pas-une-adresse"));
        assertThat(first).contains("\"externalRef\":\"T1\",\"outcome\":\"INVITATION_SENT\"")
                .contains("\"externalRef\":\"T2\",\"outcome\":\"REJECTED\"").contains("Adresse e-mail invalide");
        // Another establishment's member with an e-mail the extranet knows: a confirmation, not an invitation.
        String second = activate(UUID.randomUUID().toString(), member("T3", "ana@mail.example") + "," + member("T1", "ana@mail.example"));
        assertThat(second).contains("\"externalRef\":\"T3\",\"outcome\":\"CONFIRMATION_SENT\"")
                .contains("\"externalRef\":\"T1\",\"outcome\":\"ALREADY_ACTIVE\"");
    }

    @Test
    void a_repeated_key_gets_the_first_answer_again_and_the_same_key_with_another_body_is_refused() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = put(key, "T5", body("b@mail.example", true));
        HttpResponse<String> again = put(key, "T5", body("b@mail.example", true));
        HttpResponse<String> other = put(key, "T5", body("b@mail.example", false));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).contains("\"status\":\"INVITED\"");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(jdbc.queryForObject("select count(*) from sandbox_segec_member where fase = '5432'", Integer.class)).isEqualTo(1);

        HttpResponse<String> leaving = put(UUID.randomUUID().toString(), "T5", body("b@mail.example", false));
        assertThat(leaving.statusCode()).isEqualTo(200);
        assertThat(leaving.body()).contains("\"status\":\"DEACTIVATED\"");
    }

    @Test
    void a_key_still_being_processed_gets_409_in_progress_and_a_wrong_api_key_401() throws Exception {
        String key = UUID.randomUUID().toString();
        jdbc.update("insert into sandbox_segec_request (idempotency_key, fase, method, path, body_hash, received_at) values (?, '5432', 'PUT', "
                + "'/members/T6', sha2(concat('PUT /members/T6', char(10), ?), 256), now(6))", key, body("c@mail.example", true));
        HttpResponse<String> busy = put(key, "T6", body("c@mail.example", true));
        assertThat(busy.statusCode()).isEqualTo(409);
        assertThat(busy.body()).contains("idempotency-in-progress");
        assertThat(busy.headers().firstValue("Retry-After")).isPresent();

        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri("/members/T7")).header("Authorization", "Bearer mauvaise-cle")
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body("d@mail.example", true))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).doesNotContain("sandbox-segec");
    }

    private String activate(String key, String members) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/activations")).header("Authorization", "Bearer sandbox-segec")
                .header("Idempotency-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"schoolYear\":\"2026-2027\",\"members\":[" + members + "]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> put(String key, String ref, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/members/" + ref)).header("Authorization", "Bearer sandbox-segec")
                .header("Idempotency-Key", key).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String member(String ref, String email) {
        return "{\"externalRef\":\"" + ref + "\",\"lastName\":\"Nom" + ref + "\",\"firstName\":\"Ana\",\"birthDate\":\"1990-01-02\","
                + "\"email\":\"" + email + "\",\"role\":\"TEACHER\"}";
    }

    private static String body(String email, boolean active) {
        return "{\"lastName\":\"Borg\",\"firstName\":\"Ana\",\"birthDate\":\"1990-01-02\",\"email\":\"" + email
                + "\",\"role\":\"TEACHER\",\"schoolYear\":\"2026-2027\",\"active\":" + active + "}";
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/sandbox/segec/api/v1/establishments/5432" + path);
    }
}
