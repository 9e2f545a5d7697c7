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

/** A withdrawn SeGEC authorisation (Registre des consentements) deactivates the member's account at the next send. */
@PreauIntegrationTest
class SegecConsentWithdrawalTest {

    private static final String ACTIVATIONS = "/api/v1/establishments/5432/activations";

    @Autowired SegecActivations activations;
    @Autowired SegecForms forms;
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

    private String state(long staffId) {
        return jdbc.queryForList("select state from segec_account where staff_member_id = ?", String.class, staffId).stream().findFirst()
                .orElse(null);
    }
}
