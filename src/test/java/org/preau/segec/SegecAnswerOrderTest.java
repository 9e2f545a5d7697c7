package org.preau.segec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A SeGEC account's state is read-modify-written by requests (activation, deactivation, the extranet
 * transfer) and by the peer's answers, which arrive later and in any order: the answer to an older
 * request never overwrites a newer one.
 */
@PreauIntegrationTest
class SegecAnswerOrderTest {

    @Autowired
    SegecStore store;
    @Autowired
    JdbcTemplate jdbc;

    long ecole;
    long staff;
    long year;

    @BeforeEach
    void reset() {
        SegecFixtures.reset(jdbc);
        ecole = SegecFixtures.ecole(jdbc);
        staff = SegecFixtures.staffId(jdbc, "Goossens");
        year = jdbc.queryForObject("select id from school_year where establishment_id = ? and state = 'EN_COURS' order by start_year desc limit 1",
                Long.class, ecole);
    }

    private Map<String, Object> account() {
        return jdbc.queryForMap("select state, account_id, delivery_id from segec_account where staff_member_id = ? and school_year_id = ?",
                staff, year);
    }

    @Test
    void the_late_answer_to_an_activation_does_not_undo_the_deactivation_asked_and_answered_since() {
        UUID activation = UUID.randomUUID();
        UUID deactivation = UUID.randomUUID();
        store.awaitAnswer(ecole, staff, year, activation, true, Instant.now());
        store.awaitAnswer(ecole, staff, year, deactivation, true, Instant.now());
        store.answer(ecole, staff, year, deactivation, SegecAccount.State.DEACTIVATED, "ACC-1", null, Instant.now());
        store.answer(ecole, staff, year, activation, SegecAccount.State.ACTIVE, "ACC-1", null, Instant.now());

        assertThat(account()).containsEntry("state", "DEACTIVATED").containsEntry("delivery_id", deactivation.toString());
    }

    @Test
    void the_extranet_transfer_waits_for_its_answer_without_showing_pending_and_keeps_the_account_id() {
        UUID activation = UUID.randomUUID();
        store.awaitAnswer(ecole, staff, year, activation, true, Instant.now());
        store.answer(ecole, staff, year, activation, SegecAccount.State.ACTIVE, "ACC-2", null, Instant.now());
        UUID transfer = UUID.randomUUID();
        store.awaitAnswer(ecole, staff, year, transfer, false, Instant.now());
        assertThat(account()).containsEntry("state", "ACTIVE").containsEntry("account_id", "ACC-2");
        store.answer(ecole, staff, year, transfer, SegecAccount.State.REACTIVATED, null, null, Instant.now());
        assertThat(account()).containsEntry("state", "REACTIVATED").containsEntry("account_id", "ACC-2");
    }

    @Test
    void an_answer_and_a_new_request_at_the_same_moment_leave_the_account_waiting_for_the_new_request() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                UUID older = UUID.randomUUID();
                UUID newer = UUID.randomUUID();
                store.awaitAnswer(ecole, staff, year, older, true, Instant.now());
                CyclicBarrier together = new CyclicBarrier(2);
                Future<?> answer = threads.submit(() -> {
                    together.await();
                    store.answer(ecole, staff, year, older, SegecAccount.State.ACTIVE, "ACC-" + round(older), null, Instant.now());
                    return null;
                });
                Future<?> request = threads.submit(() -> {
                    together.await();
                    store.awaitAnswer(ecole, staff, year, newer, true, Instant.now());
                    return null;
                });
                answer.get();
                request.get();
                // whichever came first, the account now waits for the newer request
                assertThat(account()).as("round " + round).containsEntry("state", "PENDING").containsEntry("delivery_id", newer.toString());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static String round(UUID id) {
        return id.toString().substring(0, 8);
    }
}
