package org.preau.miroir;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A poll and a "refresh" click reading the same Miroir submission at once: only one of them writes its new status. */
@PreauIntegrationTest
class ConcurrentSubmissionStatusTest {

    @Autowired
    SubmissionStore store;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_threads_moving_one_submission_from_the_same_read_status_let_exactly_one_win() throws Exception {
        long establishment = jdbc.queryForObject("select id from establishment where uai = '0179912G'", Long.class);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                long id = store.insert(establishment, 1, 2024, MiroirUse.CEB_RESULTS, 1, "test", Instant.now());
                store.setDelivery(id, "d-" + round);
                store.setOutcome(id, "d-" + round, "R-" + round, SubmissionStatus.RECEIVED, List.of(), Instant.now());
                MiroirSubmission read = store.find(id).orElseThrow();
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Boolean> accepted = threads.submit(() -> {
                    together.await();
                    return store.setStatusIf(id, read.status(), read.messages(), SubmissionStatus.ACCEPTED, List.of("accepté"), Instant.now());
                });
                Future<Boolean> rejected = threads.submit(() -> {
                    together.await();
                    return store.setStatusIf(id, read.status(), read.messages(), SubmissionStatus.REJECTED, List.of("refusé"), Instant.now());
                });
                boolean first = accepted.get();
                boolean second = rejected.get();
                assertThat(first ^ second).as("round " + round + ": exactly one writer").isTrue();
                MiroirSubmission after = store.find(id).orElseThrow();
                assertThat(after.status()).as("round " + round).isEqualTo(first ? SubmissionStatus.ACCEPTED : SubmissionStatus.REJECTED);
                assertThat(after.messages()).as("round " + round).containsExactly(first ? "accepté" : "refusé");
                jdbc.update("delete from miroir_submission where id = ?", id);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
