package org.preau.security;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What the load balancer asks each node: UP or DOWN to anyone, no details, no session; nothing else of the actuator. */
@PreauIntegrationTest
class HealthEndpointTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_says_up_without_details_and_without_opening_a_session() throws Exception {
        for (String path : new String[]{"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            var response = send("GET", path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details");
            assertThat(response.headers().firstValue("Set-Cookie")).as(path + ": no session for a probe").isEmpty();
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void no_other_actuator_endpoint_answers_and_health_cannot_be_changed() throws Exception {
        // refused like any page of Préau to a stranger: sent to the sign-in page, nothing of the actuator in the answer
        for (String path : new String[]{"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/health/db",
                "/actuator/shutdown"}) {
            refused(send("GET", path), path);
        }
        refused(send("POST", "/actuator/health"), "POST /actuator/health");
        refused(send("POST", "/actuator/shutdown"), "POST /actuator/shutdown");
    }

    private static void refused(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what).isIn(302, 401, 403, 404, 405);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location")).as(what).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(response.body()).as(what).doesNotContain("_links").doesNotContain("propertySources").doesNotContain("\"status\"");
    }
}
