package org.preau.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeSummary;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/** Scripts import through HTTP with a director's token, as the token's establishment. */
@PreauIntegrationTest
class ImportApiTest {

    private static final String BEE_2024 = "lycee-verdier/2024/ElevesSansAdresses.xml";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    LyceeLearners lycee;
    @Autowired
    ExchangeLog exchangeLog;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void cleanSlate() {
        lycee.clear();
        lycee.year(2024);
    }

    private HttpResponse<String> post(String path, String token, byte[] body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_script_previews_then_confirms_an_import_with_its_token() throws Exception {
        CreatedApiToken created = tokens.create("import nocturne");
        assertThat(created.token()).startsWith("preau_");
        assertThat(created.view().prefix()).isNotEqualTo(created.token());

        HttpResponse<String> preview = post("/api/imports/siecle-bee?annee=2024", created.token(), Samples.bytes(BEE_2024), "application/xml");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(json(preview).get("counts").get("arrivals").asInt()).isEqualTo(40);
        assertThat(json(preview).get("written").asBoolean()).isFalse();
        assertThat(lycee.count("learner")).isZero();

        // curl --data-binary sends a form content type by default: the body must not be parsed as a form
        HttpResponse<String> written = post("/api/imports/siecle-bee?annee=2024&confirm=true", created.token(),
                Samples.bytes(BEE_2024), "application/x-www-form-urlencoded");
        assertThat(written.statusCode()).isEqualTo(200);
        assertThat(json(written).get("written").asBoolean()).isTrue();
        assertThat(json(written).get("perDivision").get("2NDE 1").asInt()).isEqualTo(14);
        assertThat(lycee.count("learner")).isEqualTo(41);
        ExchangeSummary row = exchangeLog.history(ExchangeKind.SIECLE_BEE, 0, 1).getFirst();
        assertThat(row.startedBy()).isEqualTo("api:import nocturne");
        assertThat(tokens.list()).filteredOn(t -> t.name().equals("import nocturne")).singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_multipart_upload_of_the_nomenclature_works_too() throws Exception {
        String token = tokens.create("nomenclatures").token();
        String boundary = "preau-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Nomenclature.xml\"\r\n"
                + "Content-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(Samples.bytes("lycee-verdier/2024/Nomenclature.xml"));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

        HttpResponse<String> response = post("/api/imports/nomenclature?annee=2024&confirm=true", token, body.toByteArray(),
                "multipart/form-data; boundary=" + boundary);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("counts").get("mefs_added").asInt()).isEqualTo(3);
        assertThat(lycee.count("mef")).isEqualTo(3);
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_refused_file_answers_422_with_the_located_errors() throws Exception {
        String token = tokens.create("refus").token();

        HttpResponse<String> response = post("/api/imports/siecle-bee?annee=2024&confirm=true", token,
                Samples.bytes("bad/bad_date_impossible.xml"), "application/xml");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = json(response).get("errors").get(0);
        assertThat(error.get("text").asString()).contains("31/02/2009");
        assertThat(error.get("location").asString()).contains("ELEVE_ID 1480231").contains("DATE_NAISS");
        assertThat(lycee.count("learner")).isZero();
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_missing_unknown_or_revoked_token_gets_401_and_the_api_keeps_no_session() throws Exception {
        HttpResponse<String> none = post("/api/imports/siecle-bee?annee=2024", null, Samples.bytes(BEE_2024), "application/xml");
        assertThat(none.statusCode()).as(none.body()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(json(none).get("error").asString()).contains("Jeton");
        assertThat(none.headers().firstValue("Set-Cookie")).isEmpty();

        assertThat(post("/api/imports/siecle-bee?annee=2024", "preau_inconnu", Samples.bytes(BEE_2024), "application/xml").statusCode())
                .isEqualTo(401);

        CreatedApiToken created = tokens.create("révoqué");
        tokens.revoke(created.view().id());
        assertThat(post("/api/imports/siecle-bee?annee=2024", created.token(), Samples.bytes(BEE_2024), "application/xml").statusCode())
                .isEqualTo(401);
        assertThat(lycee.count("learner")).isZero();
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void an_unknown_year_is_refused_without_reading_the_file() throws Exception {
        String token = tokens.create("année").token();
        HttpResponse<String> response = post("/api/imports/siecle-bee?annee=1999", token, Samples.bytes(BEE_2024), "application/xml");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("error").asString()).contains("1999-2000");
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_request_without_year_answers_400_in_json() throws Exception {
        String token = tokens.create("sans année").token();
        HttpResponse<String> response = post("/api/imports/siecle-bee", token, Samples.bytes(BEE_2024), "application/xml");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asString()).contains("annee");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void only_the_director_manages_tokens() {
        assertThatThrownBy(() -> tokens.create("secrétariat")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.list()).isInstanceOf(AccessDeniedException.class);
    }
}
