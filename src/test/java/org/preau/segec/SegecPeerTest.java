package org.preau.segec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preau.peer.PeerDeliveries;
import org.preau.support.PeerStub;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PreauIntegrationTest
class SegecPeerTest {

    private static final String ACTIVATIONS = "/api/v1/establishments/5432/activations";
    private static final List<String> WITH_EMAIL = List.of("Goossens", "Lemaire", "Dubois", "Peeters", "Maes", "Jacobs", "Mertens",
            "Willems", "Claes");
    /** Claes left a week ago and never had an account: the extranet holds nothing of hers to deactivate. */
    private static final int SENT = WITH_EMAIL.size() - 1;

    @Autowired SegecActivations activations;
    @Autowired ExtranetTransfer transfer;
    @Autowired ExtranetTransferJob job;
    @Autowired PeerDeliveries deliveries;
    @Autowired JdbcTemplate jdbc;

    @RegisterExtension
    final PeerStub peer = PeerStub.segec();
    @RegisterExtension
    final SegecReset reset = new SegecReset();

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void the_collective_activation_sends_those_with_email_and_consent_and_shows_invitation_confirmation_and_already_active() {
        long lemaire = SegecFixtures.staffId(jdbc, "Lemaire");
        long dubois = SegecFixtures.staffId(jdbc, "Dubois");
        long goossens = SegecFixtures.staffId(jdbc, "Goossens");
        long janssens = SegecFixtures.staffId(jdbc, "Janssens");
        long claes = SegecFixtures.staffId(jdbc, "Claes");
        SegecFixtures.consentAll(jdbc, List.of("Lemaire", "Dubois", "Goossens", "Janssens", "Claes"));
        peer.stubFor(post(ACTIVATIONS).willReturn(okJson("{\"results\":["
                + "{\"externalRef\":\"" + lemaire + "\",\"outcome\":\"INVITATION_SENT\",\"accountId\":\"S-1\"},"
                + "{\"externalRef\":\"" + dubois + "\",\"outcome\":\"CONFIRMATION_SENT\",\"accountId\":\"S-2\"},"
                + "{\"externalRef\":\"" + goossens + "\",\"outcome\":\"ALREADY_ACTIVE\",\"accountId\":\"S-3\"}]}")));

        PreflightReport preview = activations.preview();
        assertThat(preview.sendable()).extracting(SegecMember::id).containsExactlyInAnyOrder(lemaire, dubois, goossens);
        assertThat(preview.issuesOf(janssens)).extracting(PreflightIssue::text).containsExactly(
                "Janssens Luc : pas d'adresse e-mail privée ; remplissez « Adresse électronique privée » sur sa fiche.");
        // Claes left a week ago and the extranet holds nothing of hers: she is neither activated nor listed.
        assertThat(preview.members()).extracting(SegecMember::id).doesNotContain(claes);

        long exchangeId = activations.activateAll();

        await().atMost(Duration.ofSeconds(15)).until(() -> state(lemaire) != null && !"PENDING".equals(state(lemaire)));
        assertThat(state(lemaire)).isEqualTo("INVITATION_SENT");
        assertThat(state(dubois)).isEqualTo("CONFIRMATION_SENT");
        assertThat(state(goossens)).isEqualTo("ALREADY_ACTIVE");
        assertThat(state(janssens)).isNull();
        peer.verify(1, postRequestedFor(urlEqualTo(ACTIVATIONS))
                .withHeader("Authorization", equalTo("Bearer sandbox-segec"))
                .withHeader("Idempotency-Key", matching("[0-9a-f-]{36}"))
                .withRequestBody(matchingJsonPath("$.members.length()", equalTo("3")))
                .withRequestBody(matchingJsonPath("$.members[?(@.externalRef == '" + lemaire + "')].email", containing("sophie.lemaire@mail.example"))));
        await().atMost(Duration.ofSeconds(10)).until(() -> "SUCCESS".equals(exchangeStatus(exchangeId)));
        assertThat(jdbc.queryForList("select text from exchange_message where exchange_id = ?", String.class, exchangeId))
                .contains("invitation envoyée (adresse inconnue de l'extranet)", "confirmation envoyée (adresse connue de l'extranet)")
                .noneMatch(t -> t.contains("sandbox-segec"));
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void deactivating_a_teacher_who_leaves_sends_active_false_and_shows_the_account_deactivated() {
        long claes = SegecFixtures.staffId(jdbc, "Claes");
        String path = "/api/v1/establishments/5432/members/" + claes;
        peer.stubFor(put(path).willReturn(okJson("{\"accountId\":\"S-9\",\"status\":\"DEACTIVATED\"}")));

        activations.deactivate(claes);

        await().atMost(Duration.ofSeconds(15)).until(() -> "DEACTIVATED".equals(state(claes)));
        peer.verify(1, putRequestedFor(urlEqualTo(path)).withRequestBody(
                equalToJson("{\"lastName\":\"Claes\",\"firstName\":\"Isabelle\",\"birthDate\":\"1969-10-16\",\"active\":false,\"role\":\"TEACHER\"}",
                        true, true)));
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void with_the_peer_down_for_a_while_the_extranet_transfer_reaches_it_once_back_with_each_member_sent_exactly_once() {
        SegecFixtures.consentAll(jdbc, WITH_EMAIL);
        transfer.decide(true);
        peer.stubFor(put(urlPathMatching("/api/v1/establishments/5432/members/.*")).willReturn(aResponse().withStatus(503)));

        long exchangeId = transfer.runNow();

        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.ofExchange(exchangeId).stream().allMatch(d -> d.attempts() >= 1));
        assertThat(exchangeStatus(exchangeId)).isEqualTo("PENDING");
        peer.resetAll();
        peer.stubFor(put(urlPathMatching("/api/v1/establishments/5432/members/.*"))
                .willReturn(okJson("{\"accountId\":\"S\",\"status\":\"INVITED\"}")));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            deliveries.tryDueNow();
            return deliveries.ofExchange(exchangeId).stream().allMatch(d -> d.status().finished());
        });
        deliveries.tryDueNow();

        var received = peer.findAll(putRequestedFor(urlPathMatching("/api/v1/establishments/5432/members/.*")));
        assertThat(received).hasSize(SENT);
        assertThat(received.stream().map(r -> r.getUrl()).distinct()).hasSize(SENT);
        assertThat(received.stream().map(r -> r.getHeader("Idempotency-Key"))).containsExactlyInAnyOrderElementsOf(
                deliveries.ofExchange(exchangeId).stream().map(d -> d.idempotencyKey().toString()).toList());
        long claes = SegecFixtures.staffId(jdbc, "Claes");
        assertThat(received).filteredOn(r -> r.getUrl().endsWith("/" + claes)).isEmpty();
        assertThat(received).filteredOn(r -> r.getUrl().endsWith("/" + SegecFixtures.staffId(jdbc, "Lemaire"))).singleElement()
                .satisfies(r -> assertThat(r.getBodyAsString()).contains("\"active\":true"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "SUCCESS".equals(exchangeStatus(exchangeId)));
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void a_refusal_from_the_peer_is_shown_with_its_message_and_not_retried() {
        long lemaire = SegecFixtures.staffId(jdbc, "Lemaire");
        SegecFixtures.consentAll(jdbc, List.of("Lemaire"));
        peer.stubFor(post(ACTIVATIONS).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Données invalides\",\"detail\":\"Établissement inconnu de l'extranet\"}")));

        long exchangeId = activations.activateAll();

        await().atMost(Duration.ofSeconds(15)).until(() -> "REJECTED".equals(state(lemaire)));
        assertThat(jdbc.queryForObject("select reason from segec_account where staff_member_id = ?", String.class, lemaire))
                .contains("Établissement inconnu de l'extranet");
        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILURE".equals(exchangeStatus(exchangeId)));
        assertThat(jdbc.queryForList("select text from exchange_message where exchange_id = ?", String.class, exchangeId))
                .anyMatch(t -> t.contains("Établissement inconnu de l'extranet"));
        deliveries.tryDueNow();
        peer.verify(1, postRequestedFor(urlEqualTo(ACTIVATIONS)));
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void the_scheduled_transfer_runs_once_when_two_nodes_fire_at_the_same_time() throws Exception {
        SegecFixtures.consentAll(jdbc, WITH_EMAIL);
        transfer.decide(true);
        peer.stubFor(put(urlPathMatching("/api/v1/establishments/5432/members/.*")).willReturn(okJson("{\"status\":\"ACTIVE\"}")));
        long ecole = SegecFixtures.ecole(jdbc);
        long before = extranetExchanges(ecole);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = List.of(nodes.submit(() -> {
                start.await();
                job.run();
                return null;
            }), nodes.submit(() -> {
                start.await();
                job.run();
                return null;
            }));
            start.countDown();
            for (Future<?> run : runs) run.get();
        } finally {
            nodes.shutdownNow();
        }
        job.run();

        assertThat(extranetExchanges(ecole) - before).isEqualTo(1);
        assertThat(jdbc.queryForObject("select started_by from exchange where establishment_id = ? and kind = 'SEGEC_EXTRANET' "
                + "order by id desc limit 1", String.class, ecole)).isEqualTo("Préau (tâche planifiée)");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
            deliveries.tryDueNow();
            return peer.findAll(putRequestedFor(urlPathMatching(".*"))).size() == SENT;
        });
    }

    private String state(long staffId) {
        return jdbc.queryForList("select state from segec_account where staff_member_id = ?", String.class, staffId).stream().findFirst().orElse(null);
    }

    private String exchangeStatus(long exchangeId) {
        return jdbc.queryForObject("select status from exchange where id = ?", String.class, exchangeId);
    }

    private long extranetExchanges(long ecole) {
        return jdbc.queryForObject("select count(*) from exchange where establishment_id = ? and kind = 'SEGEC_EXTRANET'", Long.class, ecole);
    }
}
