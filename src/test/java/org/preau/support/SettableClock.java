package org.preau.support;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of the shared test context: the system's, unless a test fixes an instant (a bilan
 * written at 00:30 Paris time) and puts it back with {@link #reset()} when done.
 */
@Component
@Primary
public class SettableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant fixed;

    public SettableClock() {
        this(ZoneId.systemDefault(), null);
    }

    private SettableClock(ZoneId zone, Instant fixed) {
        this.zone = zone;
        this.fixed = fixed;
    }

    public void set(Instant instant) {
        fixed = instant;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new Delegating(this, other);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    /** Another zone over the same settable instant, so that a fix is seen through withZone too. */
    private static final class Delegating extends Clock {
        private final SettableClock source;
        private final ZoneId zone;

        Delegating(SettableClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Delegating(source, other);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }
}
