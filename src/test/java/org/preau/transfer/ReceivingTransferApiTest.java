package org.preau.transfer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.api.ApiTokenService;
import org.preau.support.DemoUsers;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/learner-transfers} as another Préau calls it, with an API token of the destination. */
@PreauIntegrationTest
class ReceivingTransferApiTest {

    @LocalServerPort int port;
    @Autowired TransferWorld world;
    @Autowired ApiTokenService tokens;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.preau.learner.LearnerService learners;

    String token;
    String ine;
    long cfa;

    @BeforeEach
    void theCfaKnowsThePupils() {
        world.reset();
        cfa = world.cfaId();
        world.cfaImportsTheSamePupils();
        world.switchTransfers(TransferWorld.CFA_DIRECTOR, true);
        token = world.call(TransferWorld.CFA_DIRECTOR, () -> tokens.create("préau distant " + System.nanoTime(), java.util.Set.of(org.preau.api.ApiScope.LEARNER_TRANSFERS)).token());
        ine = jdbc.queryForObject("select ine from learner where establishment_id = ? and ine is not null order by nom limit 1", String.class, cfa);
    }

    @AfterEach
    void switchesBackToDefault() {
        world.switchesBackToDefault();
    }

    private String body(String ine, String destination) {
        return """
                {"ine":"%s","lastName":"Durand","firstName":"Léa","birthDate":"2008-03-02","sourceUai":"0599990N",
                 "sourceName":"Lycée lointain","destinationUai":"%s",
                 "consent":{"recordedAt":"2025-09-01T08:00:00Z","recordedBy":"La directrice","kind":"SIGNED_FORM"},
                 "records":[{"kind":"BILAN","title":"Bilan","date":"2025-06-01","content":"Très bien","author":"prof.x",
                             "authorName":"Professeur X"},
                            {"kind":"FICHE","title":"Fiche","date":"2025-05-01","content":"Suivi"}]}""".formatted(ine, destination);
    }

    private HttpResponse<String> post(String body, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/learner-transfers"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) request.header("Authorization", "Bearer " + bearer);
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private int records() {
        return world.records(cfa, world.learnerId(cfa, ine));
    }

    @Test
    void a_transfer_is_received_once_with_its_authors_and_a_repeated_delivery_answers_the_same_id() throws Exception {
        HttpResponse<String> first = post(body(ine, TransferWorld.CFA_UAI), token);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).contains("transferId");
        assertThat(records()).isEqualTo(2);
        assertThat(jdbc.queryForList("select r.author_name from learner_record r join learner_record_origin o on o.record_id = r.id "
                + "where r.establishment_id = ? and o.source_uai = '0599990N' order by r.record_date", String.class, cfa))
                .isEqualTo(List.of("0599990N", "Professeur X"));

        HttpResponse<String> again = post(body(ine, TransferWorld.CFA_UAI), token);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(records()).isEqualTo(2);
        assertThat(jdbc.queryForList("select direction from exchange where establishment_id = ? and kind = 'LEARNER_TRANSFER'", String.class, cfa))
                .containsExactly("IN");
    }

    @Test
    void transfers_switched_off_at_the_destination_answer_409_with_the_reason() throws Exception {
        world.switchTransfers(TransferWorld.CFA_DIRECTOR, false);
        HttpResponse<String> off = post(body(ine, TransferWorld.CFA_UAI), token);
        assertThat(off.statusCode()).isEqualTo(409);
        assertThat(off.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(off.body()).contains("désactivé");
        assertThat(records()).isZero();
        HttpResponse<String> unknownWhileOff = post(body("999999999ZZ", TransferWorld.CFA_UAI), token);
        assertThat(unknownWhileOff.statusCode()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from learner where ine = '999999999ZZ'", Integer.class)).isZero();
    }

    @Test
    void a_learner_the_destination_does_not_know_is_created_there_and_its_later_siecle_import_attaches_to_the_same_learner()
            throws Exception {
        world.reset();
        world.switchTransfers(TransferWorld.CFA_DIRECTOR, true);
        String sampleIne = new String(org.preau.support.Samples.bytes("lycee-verdier/2024/ElevesSansAdresses.xml"),
                java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("(?s).*?<ID_NATIONAL>([^<]+)</ID_NATIONAL>.*", "$1");

        HttpResponse<String> received = post(body(sampleIne, TransferWorld.CFA_UAI), token);
        assertThat(received.statusCode()).isEqualTo(201);
        java.util.Map<String, Object> created = jdbc.queryForMap("""
                select l.id, l.nom, l.prenom, l.date_naissance, e.division, e.active, y.state from learner l
                join enrolment e on e.learner_id = l.id join school_year y on y.id = e.school_year_id
                where l.establishment_id = ? and l.ine = ?""", cfa, sampleIne);
        assertThat(created).containsEntry("nom", "Durand").containsEntry("prenom", "Léa").containsEntry("active", true)
                .containsEntry("state", "EN_COURS");
        assertThat(created.get("division")).isNull();
        assertThat(world.records(cfa, world.learnerId(cfa, sampleIne))).isEqualTo(2);
        assertThat(jdbc.queryForList("select m.text from exchange x join exchange_message m on m.exchange_id = x.id "
                + "where x.establishment_id = ? and x.kind = 'LEARNER_TRANSFER'", String.class, cfa))
                .anySatisfy(m -> assertThat(m).contains("inconnu(e) ici").contains("reçu(e) par transfert"));

        world.cfaImportsTheSamePupils();
        assertThat(jdbc.queryForObject("select count(*) from learner where establishment_id = ? and ine = ?", Integer.class, cfa, sampleIne))
                .isEqualTo(1);
        assertThat(world.learnerId(cfa, sampleIne)).isEqualTo(((Number) created.get("id")).longValue());
        assertThat(world.records(cfa, world.learnerId(cfa, sampleIne))).as("the records received stay on the learner the import found").isEqualTo(2);
    }

    @Test
    void a_learner_created_by_a_transfer_reads_received_by_transfer_in_the_list_and_on_its_page_until_siecle_gives_a_division()
            throws Exception {
        world.reset();
        world.switchTransfers(TransferWorld.CFA_DIRECTOR, true);
        String sampleIne = new String(org.preau.support.Samples.bytes("lycee-verdier/2024/ElevesSansAdresses.xml"),
                java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("(?s).*?<ID_NATIONAL>([^<]+)</ID_NATIONAL>.*", "$1");
        assertThat(post(body(sampleIne, TransferWorld.CFA_UAI), token).statusCode()).isEqualTo(201);
        long learnerId = world.learnerId(cfa, sampleIne);

        org.preau.learner.LearnerRow row = listed(sampleIne);
        assertThat(row.division()).isNull();
        assertThat(row.awaitingDivision()).as("the list shows « Reçu par transfert » in the division column").isTrue();
        assertThat(world.call(TransferWorld.CFA_DIRECTOR, () -> learners.get(learnerId)).enrolment())
                .hasValueSatisfying(e -> assertThat(e.awaitingDivision()).isTrue());

        world.cfaImportsTheSamePupils();
        assertThat(jdbc.queryForObject("select count(*) from enrolment where learner_id = ? and division is not null", Integer.class,
                learnerId)).as("the SIECLE import gives the learner a division").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from enrolment where learner_id = ? and division is not null "
                + "and received_by_transfer", Integer.class, learnerId)).as("no mark left where the import gave a division").isZero();
    }

    private org.preau.learner.LearnerRow listed(String ine) {
        return world.call(TransferWorld.CFA_DIRECTOR, () -> learners.page(
                new org.preau.learner.LearnerFilter(null, null, org.preau.learner.LearnerStatus.ACTIVE, ine), 0, 5)).getFirst();
    }

    @Test
    void a_transfer_meant_for_another_establishment_is_refused_and_a_call_without_token_is_unauthorised() throws Exception {
        assertThat(post(body(ine, DemoUsers.LYCEE_UAI), token).statusCode()).isEqualTo(409);
        assertThat(post(body(ine, TransferWorld.CFA_UAI), null).statusCode()).isEqualTo(401);
        assertThat(post("{\"records\":[{\"kind\":\"AUTRE\"}]}", token).statusCode()).isEqualTo(400);
        assertThat(post(body(ine, TransferWorld.CFA_UAI).replace("0599990N", "0599990A"), token).statusCode())
                .as("a source UAI with a wrong check letter").isEqualTo(400);
        assertThat(records()).isZero();
    }
}
