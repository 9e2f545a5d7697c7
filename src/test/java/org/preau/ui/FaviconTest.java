package org.preau.ui;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Browsers ask for /favicon.ico on every page, before anyone signs in: Préau answers with its icon. */
@PreauIntegrationTest
class FaviconTest {

    @LocalServerPort
    int port;

    @Test
    void the_favicon_is_served_to_anyone_as_an_icon() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        byte[] body = response.body();
        assertThat(body.length).isGreaterThan(22);
        assertThat(new byte[]{body[0], body[1], body[2], body[3]}).as("an ICO header").containsExactly(0, 0, 1, 0);
    }
}
