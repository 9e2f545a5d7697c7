package org.preau.peer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/** The HTTP side of the contract: bearer key, idempotency key, JSON, time-outs (connect 5 s, read 30 s). */
class PeerHttp {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /** Answers above this size are cut: the history keeps what a person can read. */
    private static final int MAX_BODY_CHARS = 200_000;

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Clock clock;

    PeerHttp(Clock clock) {
        this.clock = clock;
    }

    PeerAnswer write(PeerEndpoint endpoint, String method, String path, String json, UUID idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest request = base(endpoint, path)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey.toString())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return answer(client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    PeerAnswer get(PeerEndpoint endpoint, String path) throws IOException, InterruptedException {
        return answer(client.send(base(endpoint, path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    private static HttpRequest.Builder base(PeerEndpoint endpoint, String path) {
        return HttpRequest.newBuilder(URI.create(endpoint.baseUrl() + path))
                .timeout(READ_TIMEOUT)
                .header("Authorization", "Bearer " + endpoint.apiKey())
                .header("Accept", "application/json, application/problem+json");
    }

    private PeerAnswer answer(HttpResponse<String> response) {
        String body = response.body();
        if (body != null && body.length() > MAX_BODY_CHARS) body = body.substring(0, MAX_BODY_CHARS);
        return new PeerAnswer(response.statusCode(), body, response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Retry-After").flatMap(this::retryAfter));
    }

    /** Retry-After is either seconds or an HTTP date. */
    private Optional<Duration> retryAfter(String value) {
        String v = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
