package org.preau.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * Opens {@code sessions} sessions, one after another, each signed in as a secretary with the
 * learner list open (its first page of 50 learners), and leaves them open: what a school's
 * morning keeps in the server's memory. {@code load/heap-per-session.sh} takes the live heap
 * before and after (load/README.md). Sessions arrive slowly, so CPU load does not matter here.
 */
public class SessionsSimulation extends Simulation {

    static final int SESSIONS = Integer.getInteger("sessions", 300);
    static final Duration OVER = Duration.ofSeconds(Long.getLong("seconds", 300));

    private final ScenarioBuilder open = scenario("session ouverte")
            .feed(Stream.iterate(0, i -> (i + 1) % 20)
                    .map(i -> Map.<String, Object>of("username", String.format(Locale.ROOT, "secretaire.%02d", i + 1))).iterator())
            .exec(MorningSimulation.signIn("secrétaire", "eleves/liste", true, "learners", "logout"))
            .exec(Uidl.confirm("secrétaire : confirmer la grille"));

    {
        setUp(open.injectOpen(rampUsers(SESSIONS).during(OVER)))
                .protocols(http.baseUrl(MorningSimulation.BASE_URL).disableCaching())
                .assertions(global().failedRequests().count().is(0L));
    }
}
