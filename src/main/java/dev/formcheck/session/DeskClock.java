package dev.formcheck.session;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The desk monitor's clock: the system's, or, for a video run as fast as it decodes, the video's
 * own time from the moment the run started, so a ten-minute video drives ten minutes of timers.
 */
public final class DeskClock extends Clock {
    private final Optional<Clock> system;
    private final Instant origin;
    private long frameMicros;

    public DeskClock(Optional<Clock> system) {
        this.system = system;
        this.origin = Instant.now();
    }

    /** The latest frame's timestamp; an earlier one never turns the clock back. */
    public void at(long timestampMicros) {
        frameMicros = Math.max(frameMicros, timestampMicros);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the monitor's clock keeps the system zone");
    }

    @Override
    public Instant instant() {
        return system.map(Clock::instant).orElseGet(() -> origin.plus(frameMicros, ChronoUnit.MICROS));
    }
}
