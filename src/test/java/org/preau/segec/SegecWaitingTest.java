package org.preau.segec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.base.WaitingItem;
import org.preau.security.CurrentUser;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** The SeGEC lines of the home page, over the demo école's staff on the real database. */
@PreauIntegrationTest
class SegecWaitingTest {

    @Autowired SegecWaiting waiting;
    @Autowired SegecForms forms;
    @Autowired SegecActivations activations;
    @Autowired ExtranetTransfer transfer;
    @Autowired CurrentUser currentUser;
    @Autowired LyceeLearners lycee;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void reset() {
        SegecFixtures.reset(jdbc);
        signedIn.forget();
    }

    @AfterEach
    void after() {
        SegecFixtures.reset(jdbc);
        signedIn.forget();
    }

    private Map<String, Long> lines(String user) {
        return signedIn.as(user, () -> waiting.waiting()).stream().collect(Collectors.toMap(WaitingItem::textKey, WaitingItem::count));
    }

    private long activeMembers() {
        return signedIn.as(SegecFixtures.DIRECTEUR_BE, () -> activations.members()).stream().filter(m -> m.standing().active()).count();
    }

    @Test
    void the_director_is_asked_for_the_agreement_the_consents_then_the_activations_each_linking_to_its_page() {
        long members = activeMembers();
        assertThat(members).isPositive();
        List<WaitingItem> first = signedIn.as(SegecFixtures.DIRECTEUR_BE, () -> waiting.waiting());
        assertThat(first).extracting(WaitingItem::textKey, WaitingItem::count, WaitingItem::route).containsExactly(
                org.assertj.core.groups.Tuple.tuple("home.segec.agreement", 0L, "personnels/transferts/extranet-segec"),
                org.assertj.core.groups.Tuple.tuple("home.segec.consents", members, "personnels/transferts/autorisations-segec"));

        signedIn.as(SegecFixtures.DIRECTEUR_BE, () -> transfer.decide(false));
        long lemaire = SegecFixtures.staffId(jdbc, "Lemaire");
        signedIn.as(SegecFixtures.DIRECTEUR_BE, () -> forms.recordConsent(lemaire, true));

        assertThat(lines(SegecFixtures.DIRECTEUR_BE)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "home.segec.consents", members - 1, "home.segec.activations", 1L));
    }

    @Test
    void the_secretary_sees_the_forms_printed_and_not_yet_back_signed() {
        long lemaire = SegecFixtures.staffId(jdbc, "Lemaire");
        long janssens = SegecFixtures.staffId(jdbc, "Janssens");
        assertThat(lines(SECRETAIRE_BE)).isEmpty();

        signedIn.as(SECRETAIRE_BE, () -> forms.printAll(List.of(lemaire, janssens)));
        assertThat(lines(SECRETAIRE_BE)).containsExactlyEntriesOf(Map.of("home.segec.printedNotBack", 2L));

        signedIn.as(SECRETAIRE_BE, () -> forms.recordConsent(lemaire, true));
        assertThat(lines(SECRETAIRE_BE)).containsExactlyEntriesOf(Map.of("home.segec.printedNotBack", 1L));
    }

    @Test
    void a_french_school_has_no_segec_line_whatever_the_ecole_has_waiting() {
        long lemaire = SegecFixtures.staffId(jdbc, "Lemaire");
        signedIn.as(SECRETAIRE_BE, () -> forms.printAll(List.of(lemaire)));

        assertThat(signedIn.as(DIRECTEUR, () -> {
            currentUser.switchEstablishment(lycee.lyceeId());
            return waiting.waiting();
        })).isEmpty();
        assertThat(signedIn.as(SECRETAIRE, () -> waiting.waiting())).isEmpty();
    }
}
