package org.preau.api;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.DIRECTEUR;

/** A token opens only the endpoints of its scopes; tokens made before scopes keep the imports. */
@PreauIntegrationTest
class ScopedApiTokenTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private int post(String path, String token, String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private int postTransfer(String token) throws Exception {
        return post("/api/v1/learner-transfers", token, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
    }

    private int postImport(String token) throws Exception {
        // preview only: nothing is written even when the scope lets it through
        return post("/api/imports/siecle-bee?annee=2024", token, "application/xml", Samples.bytes("lycee-verdier/2024/ElevesSansAdresses.xml"));
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void the_nightly_import_token_cannot_post_learner_transfers() throws Exception {
        String imports = tokens.create("import nocturne " + System.nanoTime()).token();
        assertThat(postTransfer(imports)).isEqualTo(403);
        assertThat(postImport(imports)).isNotIn(401, 403);
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_transfer_reception_token_cannot_run_imports_and_reaches_the_transfer_endpoint() throws Exception {
        String transfers = tokens.create("réception " + System.nanoTime(), Set.of(ApiScope.LEARNER_TRANSFERS)).token();
        assertThat(postImport(transfers)).isEqualTo(403);
        assertThat(postTransfer(transfers)).isEqualTo(400); // past the scope check: the empty body is refused by the endpoint
    }

    @Test
    void a_token_stored_with_the_removed_federation_scope_keeps_its_other_scopes_and_never_opens_a_call_between_instances()
            throws Exception {
        long establishment = jdbc.queryForObject("select id from establishment where uai = '0179912G'", Long.class);
        String withImports = storedToken(establishment, "FEDERATION,IMPORTS");
        assertThat(postImport(withImports)).isNotIn(401, 403);
        assertThat(postTransfer(withImports)).isEqualTo(403);
        String federationOnly = storedToken(establishment, "FEDERATION");
        assertThat(postImport(federationOnly)).isEqualTo(403);
        assertThat(postTransfer(federationOnly)).isEqualTo(403);
        // the calls between instances take an instance's token from the configuration, never an establishment's
        for (String token : new String[]{withImports, federationOnly}) {
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/establishments"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(401);
        }
    }

    /** A token row as the table held it before V121 removed the scope (the migration's work is in its SQL). */
    private String storedToken(long establishment, String scopes) {
        String token = ApiTokens.newToken();
        jdbc.update("insert into api_token (establishment_id, name, token_hash, token_prefix, created_at, created_by, scopes) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", establishment, "ancien " + System.nanoTime(), ApiTokens.hash(token),
                ApiTokens.displayPrefix(token), Timestamp.from(Instant.now()), "directeur", scopes);
        return token;
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_token_needs_one_scope_at_least_and_the_page_lists_its_scopes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.create("sans portée", Set.of()))
                .isInstanceOfSatisfying(InvalidApiTokenNameException.class, e -> assertThat(e.messageKey()).isEqualTo("api.error.scope.required"));
        CreatedApiToken both = tokens.create("deux portées " + System.nanoTime(), EnumSet.of(ApiScope.IMPORTS, ApiScope.LEARNER_TRANSFERS));
        assertThat(tokens.list()).filteredOn(t -> t.id() == both.view().id()).singleElement()
                .satisfies(t -> assertThat(t.scopes()).containsExactlyInAnyOrder(ApiScope.IMPORTS, ApiScope.LEARNER_TRANSFERS));
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_token_stored_before_scopes_existed_keeps_the_imports_scope_only() throws Exception {
        long establishment = jdbc.queryForObject("select id from establishment where uai = '0179912G'", Long.class);
        String token = ApiTokens.newToken();
        // the columns of V5, as a row written before the migration that added scopes
        jdbc.update("insert into api_token (establishment_id, name, token_hash, token_prefix, created_at, created_by) values (?, ?, ?, ?, ?, ?)",
                establishment, "ancien " + System.nanoTime(), ApiTokens.hash(token), ApiTokens.displayPrefix(token), Timestamp.from(Instant.now()), "directeur");
        assertThat(postImport(token)).isNotIn(401, 403);
        assertThat(postTransfer(token)).isEqualTo(403);
    }
}
