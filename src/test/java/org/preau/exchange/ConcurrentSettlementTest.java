package org.preau.exchange;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Two settlements of one exchange at the same moment: neither is lost. */
@PreauIntegrationTest
class ConcurrentSettlementTest {

    @Autowired
    ExchangeOutcomes outcomes;
    @Autowired
    ExchangeRepository exchanges;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_threads_settling_one_exchange_at_once_keep_both_changes() throws Exception {
        long establishment = jdbc.queryForObject("select id from establishment where uai = '0179912G'", Long.class);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                long id = outcomes.record(establishment, "Préau (test)", new ExchangeRecord(ExchangeKind.LEARNER_TRANSFER,
                        ExchangeDirection.OUT, null, ExchangeStatus.PENDING, "en attente", Map.of("sent", 0), List.of(), null, null));
                CyclicBarrier together = new CyclicBarrier(2);
                // one settles the status only, the other the summary only: each keeps what the other does not name
                Future<?> status = threads.submit(() -> {
                    together.await();
                    outcomes.settle(establishment, id, ExchangeStatus.SUCCESS, null, null,
                            List.of(new ExchangeMessage(ExchangeMessage.Severity.INFO, "livré", null)));
                    return null;
                });
                Future<?> summary = threads.submit(() -> {
                    together.await();
                    outcomes.settle(establishment, id, null, "résumé du second", Map.of("sent", 1),
                            List.of(new ExchangeMessage(ExchangeMessage.Severity.INFO, "compté", null)));
                    return null;
                });
                status.get();
                summary.get();
                ExchangeSummary settled = exchanges.findById(id).orElseThrow().toSummary();
                assertThat(settled.status()).as("round " + round).isEqualTo(ExchangeStatus.SUCCESS);
                assertThat(settled.summary()).as("round " + round).isEqualTo("résumé du second");
                assertThat(settled.counts()).as("round " + round).containsEntry("sent", 1);
                assertThat(jdbc.queryForObject("select count(*) from exchange_message where exchange_id = ?", Integer.class, id)).isEqualTo(2);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
