package org.preau.peer;

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

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** The director's home page lines for sends to outside peers that failed or are being retried. */
@PreauIntegrationTest
class DeliveriesWaitingTest {

    @Autowired DeliveriesWaiting waiting;
    @Autowired CurrentUser currentUser;
    @Autowired LyceeLearners lycee;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;

    long ecole;
    final String purpose = "home-test";

    @BeforeEach
    void clean() {
        ecole = jdbc.queryForObject("select id from establishment where fase = ?", Long.class, ECOLE_FASE);
        jdbc.update("delete from peer_delivery where purpose = ?", purpose);
        signedIn.forget();
    }

    @AfterEach
    void forget() {
        jdbc.update("delete from peer_delivery where purpose = ?", purpose);
        signedIn.forget();
    }

    /** The other tests' deliveries stay: the lines are compared with what was there before. */
    private void delivery(long establishmentId, String status, int attempts, Instant finishedAt) {
        jdbc.update("insert into peer_delivery (id, establishment_id, peer, purpose, method, path, idempotency_key, status, attempts, "
                        + "created_at, finished_at) values (?, ?, 'SEGEC', ?, 'POST', '/x', ?, ?, ?, now(6), ?)",
                UUID.randomUUID().toString(), establishmentId, purpose, UUID.randomUUID().toString(), status, attempts,
                finishedAt == null ? null : Timestamp.from(finishedAt));
    }

    private List<WaitingItem> asDirectorIn(long establishmentId) {
        return signedIn.as(DIRECTEUR, () -> {
            currentUser.switchEstablishment(establishmentId);
            return waiting.waiting();
        });
    }

    private long count(List<WaitingItem> items, String key) {
        return items.stream().filter(i -> i.textKey().equals(key)).mapToLong(WaitingItem::count).sum();
    }

    @Test
    void recent_failures_and_retried_sends_are_counted_an_old_failure_and_a_first_try_are_not() {
        List<WaitingItem> before = asDirectorIn(ecole);
        delivery(ecole, "FAILED", 12, Instant.now().minus(Duration.ofDays(2)));
        delivery(ecole, "REJECTED", 1, Instant.now().minus(Duration.ofHours(1)));
        delivery(ecole, "FAILED", 12, Instant.now().minus(Duration.ofDays(45)));
        delivery(ecole, "PENDING", 3, null);
        delivery(ecole, "PENDING", 0, null);
        delivery(ecole, "DELIVERED", 1, Instant.now());

        List<WaitingItem> after = asDirectorIn(ecole);

        assertThat(count(after, "home.deliveries.failed") - count(before, "home.deliveries.failed")).isEqualTo(2);
        assertThat(count(after, "home.deliveries.retrying") - count(before, "home.deliveries.retrying")).isEqualTo(1);
        assertThat(after).allSatisfy(i -> assertThat(i.route()).isEqualTo("echanges/tableau-de-bord"));
    }

    @Test
    void another_establishments_failed_sends_are_never_counted_and_only_the_director_sees_them() {
        List<WaitingItem> before = asDirectorIn(lycee.lyceeId());
        delivery(ecole, "FAILED", 12, Instant.now());

        assertThat(asDirectorIn(lycee.lyceeId())).isEqualTo(before);
        assertThat(signedIn.as(SECRETAIRE_BE, () -> waiting.waiting())).isEmpty();
    }
}
