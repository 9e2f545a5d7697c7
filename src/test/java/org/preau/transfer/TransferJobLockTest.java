package org.preau.transfer;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes start the daily run at once: the database lock lets one of them run it. */
@PreauIntegrationTest
class TransferJobLockTest {

    @Autowired TransferJob job;
    @Autowired LockProvider locks;

    @Test
    void the_daily_run_does_nothing_while_another_node_holds_its_lock_and_runs_once_it_is_free() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the other node: holds the job's lock for as long as the test wants
        CompletableFuture<Void> otherNode = CompletableFuture.runAsync(() ->
                new DefaultLockingTaskExecutor(locks).executeWithLock((Runnable) () -> {
                    held.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, new LockConfiguration(Instant.now(), TransferJob.LOCK, Duration.ofMinutes(1), Duration.ZERO)));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

        int before = job.runs();
        job.run();
        assertThat(job.runs()).as("this node skipped the run").isEqualTo(before);

        release.countDown();
        otherNode.get(10, TimeUnit.SECONDS);
        job.run();
        assertThat(job.runs()).isEqualTo(before + 1);
    }
}
