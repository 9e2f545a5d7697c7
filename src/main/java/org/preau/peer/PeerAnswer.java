package org.preau.peer;

import java.time.Duration;
import java.util.Optional;

/** A peer's HTTP answer: status, body and its Retry-After, if any. */
record PeerAnswer(int status, String body, String contentType, Optional<Duration> retryAfter) {
}
