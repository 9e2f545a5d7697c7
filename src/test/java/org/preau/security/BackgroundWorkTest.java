package org.preau.security;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.SECRETAIRE;

@PreauIntegrationTest
class BackgroundWorkTest {

    @Autowired
    BackgroundWork backgroundWork;
    @Autowired
    CurrentUser currentUser;

    @Test
    @WithUserDetails(SECRETAIRE)
    void work_started_by_a_user_runs_as_that_user_in_their_establishment() throws Exception {
        long establishment = currentUser.establishmentId();
        String caller = Thread.currentThread().getName();

        String[] seen = backgroundWork.submit(() -> new String[]{
                currentUser.username(), String.valueOf(currentUser.establishmentId()), Thread.currentThread().getName()
        }).get(10, TimeUnit.SECONDS);

        assertThat(seen[0]).isEqualTo(SECRETAIRE);
        assertThat(seen[1]).isEqualTo(String.valueOf(establishment));
        assertThat(seen[2]).isNotEqualTo(caller);
    }
}
