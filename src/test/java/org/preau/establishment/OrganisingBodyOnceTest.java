package org.preau.establishment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two schools of one new organising body provisioned at the same moment (two nodes starting with the
 * same declared establishments) share one body: it was "find, else create", which made two.
 */
@PreauIntegrationTest
class OrganisingBodyOnceTest {

    private static final String BODY = "PO essai concurrent";

    @Autowired
    EtablissementProvisioning provisioning;
    @Autowired
    EtablissementService establishments;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void remove() {
        jdbc.update("delete from establishment where fase like '99%' and name like 'École essai %'");
        jdbc.update("delete from organising_body where name like ?", BODY + "%");
    }

    @Test
    void two_schools_of_a_new_body_provisioned_at_once_share_one_body() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String body = BODY + " " + round;
                String first = "99" + (1000 + 2 * round);
                String second = "99" + (1001 + 2 * round);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<EtablissementSummary> a = threads.submit(() -> {
                    together.await();
                    return provisioning.ensure(body, SchoolSystem.BE, "École essai " + first, "a@example.org", first);
                });
                Future<EtablissementSummary> b = threads.submit(() -> {
                    together.await();
                    return provisioning.ensure(body, SchoolSystem.BE, "École essai " + second, "b@example.org", second);
                });
                long keyA = establishments.organisingBodyKey(a.get().id());
                long keyB = establishments.organisingBodyKey(b.get().id());
                assertThat(keyA).as("round " + round).isEqualTo(keyB);
                assertThat(jdbc.queryForObject("select count(*) from organising_body where name = ?", Integer.class, body))
                        .as("round " + round).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
