package dev.formcheck.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when told to: every timer test runs on it. */
final class SimulatedClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    SimulatedClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    SimulatedClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new SimulatedClock(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
