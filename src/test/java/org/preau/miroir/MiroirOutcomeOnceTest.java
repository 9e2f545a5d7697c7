package org.preau.miroir;

import org.junit.jupiter.api.Test;
import org.preau.exchange.ExchangeDirection;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangeRecord;
import org.preau.exchange.ExchangeStatus;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's outcome of a Miroir send is heard at least once (the event registry may deliver it
 * again): it is written and settles the exchange once, and a late hearing never puts back a status the
 * collection point gave since.
 */
@PreauIntegrationTest
class MiroirOutcomeOnceTest {

    @Autowired
    MiroirTransfer transfer;
    @Autowired
    SubmissionStore store;
    @Autowired
    ExchangeOutcomes exchanges;
    @Autowired
    JdbcTemplate jdbc;

    private record Sent(long submission, long exchange, UUID delivery) {
    }

    private Sent sent() {
        long establishment = jdbc.queryForObject("select id from establishment where fase = '5432'", Long.class);
        long exchange = exchanges.record(establishment, "Préau (test)", new ExchangeRecord(ExchangeKind.MIROIR, ExchangeDirection.OUT, null,
                ExchangeStatus.PENDING, "en cours d'envoi", Map.of(), List.of(), null, null));
        long id = store.insert(establishment, 1, 2024, MiroirUse.CEB_RESULTS, exchange, "test", Instant.now());
        UUID delivery = UUID.randomUUID();
        store.setDelivery(id, delivery.toString());
        return new Sent(id, exchange, delivery);
    }

    private long version(long exchange) {
        return jdbc.queryForObject("select version from exchange where id = ?", Long.class, exchange);
    }

    @Test
    void the_same_outcome_heard_twice_at_once_is_written_and_settles_the_exchange_once() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                Sent s = sent();
                long before = version(s.exchange());
                String body = "{\"submissionId\":\"R-" + round + "\",\"status\":\"RECEIVED\"}";
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> both = List.of(threads.submit(() -> {
                    together.await();
                    transfer.delivered(s.submission(), s.delivery(), body);
                    return null;
                }), threads.submit(() -> {
                    together.await();
                    transfer.delivered(s.submission(), s.delivery(), body);
                    return null;
                }));
                for (Future<?> f : both) f.get();
                assertThat(store.find(s.submission()).orElseThrow().status()).as("round " + round).isEqualTo(SubmissionStatus.RECEIVED);
                assertThat(version(s.exchange()) - before).as("round " + round + ": settlements").isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_late_outcome_does_not_put_an_accepted_submission_back_to_received_nor_to_not_delivered() {
        Sent s = sent();
        transfer.delivered(s.submission(), s.delivery(), "{\"submissionId\":\"R-late\",\"status\":\"RECEIVED\"}");
        MiroirSubmission received = store.find(s.submission()).orElseThrow();
        assertThat(store.setStatusIf(s.submission(), received.status(), received.messages(), SubmissionStatus.ACCEPTED, List.of("accepté"),
                Instant.now())).isTrue();

        transfer.delivered(s.submission(), s.delivery(), "{\"submissionId\":\"R-late\",\"status\":\"RECEIVED\"}");
        transfer.notDelivered(s.submission(), s.delivery(), "délai dépassé");
        assertThat(store.find(s.submission()).orElseThrow().status()).isEqualTo(SubmissionStatus.ACCEPTED);
    }

    @Test
    void an_outcome_of_another_send_is_not_taken_for_the_submissions_own() {
        Sent s = sent();
        transfer.notDelivered(s.submission(), UUID.randomUUID(), "pas le bon envoi");
        assertThat(store.find(s.submission()).orElseThrow().status()).isEqualTo(SubmissionStatus.SENDING);
        // a failed send relaunched by hand, then delivered: the later outcome of the same send is taken
        transfer.notDelivered(s.submission(), s.delivery(), "injoignable");
        transfer.delivered(s.submission(), s.delivery(), null);
        assertThat(store.find(s.submission()).orElseThrow().status()).isEqualTo(SubmissionStatus.RECEIVED);
    }
}
