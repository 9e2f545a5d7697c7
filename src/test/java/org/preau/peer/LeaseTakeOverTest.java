package org.preau.peer;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A try whose lease ran out while another node claimed the same send: the late try does not overwrite the new one. */
@PreauIntegrationTest
class LeaseTakeOverTest {

    @Autowired
    PeerDeliveryStore store;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_late_outcome_from_an_expired_try_leaves_the_row_to_the_node_that_claimed_it_next() {
        long establishment = jdbc.queryForObject("select id from establishment where uai = '0179912G'", Long.class);
        Instant now = Instant.parse("2026-01-05T08:00:00Z");
        UUID id = UUID.randomUUID();
        store.insert(new PeerDelivery(id, establishment, PeerKind.PREAU, "0000000A", "test", "ref", null, false, "POST", "/x", null,
                UUID.randomUUID(), DeliveryStatus.PENDING, 0, now, now, null, null, null, null));
        try {
            assertThat(store.claim(id, now, now)).as("first try, its lease ends at once").isTrue();
            assertThat(store.claim(id, now, now.plusSeconds(600))).as("another node takes the row over").isTrue();

            assertThat(store.finish(id, 1, DeliveryStatus.FAILED, now, 500, null, "trop tard")).isFalse();
            assertThat(store.reschedule(id, 1, now.plusSeconds(60), 503, null, "trop tard")).isFalse();
            assertThat(store.find(id).orElseThrow().status()).isEqualTo(DeliveryStatus.SENDING);

            assertThat(store.finish(id, 2, DeliveryStatus.DELIVERED, now, 200, "{}", null)).isTrue();
            assertThat(store.find(id).orElseThrow().status()).isEqualTo(DeliveryStatus.DELIVERED);
        } finally {
            jdbc.update("delete from peer_delivery where id = ?", id.toString());
        }
    }
}
