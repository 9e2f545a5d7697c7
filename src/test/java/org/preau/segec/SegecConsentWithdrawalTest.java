package org.preau.segec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preau.support.PeerStub;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A withdrawn SeGEC authorisation (Registre des consentements) deactivates the member's account at
 * the next send: the collective activation and the scheduled Extranet transfer alike.
 */
@PreauIntegrationTest
class SegecConsentWithdrawalTest {

    private static final String ACTIVATIONS = "/api/v1/establishments/5432/activations";

    @Autowired SegecActivations activations;
    @Autowired SegecForms forms;
    @Autowired ExtranetTransfer transfer;
    @Autowired JdbcTemplate jdbc;

    @RegisterExtension
    final PeerStub peer = PeerStub.segec();
    @RegisterExtension
    final SegecReset reset = new SegecReset();

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void after_the_withdrawal_the_next_send_puts_the_member_inactive_and_activates_only_the_others() {
        long lemaire = SegecFixtures.staffId(jdbc, "Lemaire");
        long dubois = SegecFixtures.staffId(jdbc, "Dubois");
        SegecFixtures.consentAll(jdbc, List.of("Lemaire", "Dubois"));
        peer.stubFor(post(ACTIVATIONS).willReturn(okJson("{\"results\":["
                + "{\"externalRef\":\"" + lemaire + "\",\"outcome\":\"INVITATION_SENT\",\"accountId\":\"S-1\"},"
                + "{\"externalRef\":\"" + dubois + "\",\"outcome\":\"CONFIRMATION_SENT\",\"accountId\":\"S-2\"}]}")));
        activations.activateAll();
        await().atMost(Duration.ofSeconds(15)).until(() -> "INVITATION_SENT".equals(state(lemaire)));

        forms.recordConsent(lemaire, false);
        String member = "/api/v1/establishments/5432/members/" + lemaire;
        peer.stubFor(put(member).willReturn(okJson("{\"accountId\":\"S-1\",\"status\":\"DEACTIVATED\"}")));
        activations.activateAll();

        await().atMost(Duration.ofSeconds(15)).until(() -> "DEACTIVATED".equals(state(lemaire)));
        peer.verify(1, putRequestedFor(urlEqualTo(member)).withRequestBody(matchingJsonPath("$.active", equalTo("false"))));
        // the second activation no longer names her
        assertThat(peer.findAll(postRequestedFor(urlEqualTo(ACTIVATIONS))).getLast().getBodyAsString())
                .doesNotContain("\"externalRef\":\"" + lemaire + "\"").contains("\"externalRef\":\"" + dubois + "\"");
    }

    @Test
    @WithUserDetails(SegecFixtures.DIRECTEUR_BE)
    void after_the_withdrawal_the_scheduled_extranet_transfer_sends_the_member_inactive_and_the_others_active() {
        long lemaire = SegecFixtures.staffId(jdbc, "Lemaire");
        long dubois = SegecFixtures.staffId(jdbc, "Dubois");
        SegecFixtures.consentAll(jdbc, List.of("Lemaire", "Dubois"));
        long year = jdbc.queryForObject("select school_year_id from segec_consent where staff_member_id = ?", Long.class, lemaire);
        jdbc.update("insert into segec_account (staff_member_id, school_year_id, establishment_id, state, account_id, updated_at) "
                + "values (?, ?, ?, 'ACTIVE', 'S-1', now(6))", lemaire, year, SegecFixtures.ecole(jdbc));
        transfer.decide(true);
        forms.recordConsent(lemaire, false);
        peer.stubFor(put(urlPathMatching("/api/v1/establishments/5432/members/.*")).willReturn(okJson("{\"accountId\":\"S-9\",\"status\":\"ACTIVE\"}")));
        String member = "/api/v1/establishments/5432/members/" + lemaire;
        peer.stubFor(put(member).willReturn(okJson("{\"accountId\":\"S-1\",\"status\":\"DEACTIVATED\"}")));

        assertThat(transfer.runScheduled()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(15)).until(() -> "DEACTIVATED".equals(state(lemaire)));
        peer.verify(1, putRequestedFor(urlEqualTo(member)).withRequestBody(matchingJsonPath("$.active", equalTo("false"))));
        await().atMost(Duration.ofSeconds(15)).until(() -> !peer.findAll(putRequestedFor(urlEqualTo("/api/v1/establishments/5432/members/" + dubois))).isEmpty());
        peer.verify(putRequestedFor(urlEqualTo("/api/v1/establishments/5432/members/" + dubois))
                .withRequestBody(matchingJsonPath("$.active", equalTo("true"))));
    }

    private String state(long staffId) {
        return jdbc.queryForList("select state from segec_account where staff_member_id = ?", String.class, staffId).stream().findFirst()
                .orElse(null);
    }
}
