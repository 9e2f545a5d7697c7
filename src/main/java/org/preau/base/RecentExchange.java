package org.preau.base;

import java.time.Instant;

/**
 * One of the last exchanges shown on the home page, already in words: what it was (a
 * translation key), how it ended (a translation key), who started it (a name) and where its
 * detail is.
 */
public record RecentExchange(Instant startedAt, String kindKey, String statusKey, String statusName, String who, String route) {
}
