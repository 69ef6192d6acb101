package dev.formcheck.desk;

import java.time.Duration;
import java.time.Instant;

/** The user's snooze (pause): when it started and when it runs out; ended early by a resume. */
final class SnoozeTimer {
    private Instant until;
    private Instant startedAt;

    void start(Instant now, Duration length) {
        until = now.plus(length);
        startedAt = now;
    }

    /** A snooze still running at {@code now} ends there; the day's history records how long it really lasted. */
    void endEarly(Instant now, DayTally today) {
        if (isActive(now)) {
            today.endSnoozeEarly(startedAt, Duration.between(startedAt, now).toSeconds() / 60.0);
        }
    }

    void clear() {
        until = null;
    }

    /** Forgets a snooze that has run out by {@code now}. */
    void expireBy(Instant now) {
        if (until != null && !now.isBefore(until)) {
            until = null;
        }
    }

    boolean isActive(Instant now) {
        return until != null && now.isBefore(until);
    }

    /** Whether time counted from {@code from} falls in a snooze not yet forgotten. */
    boolean covers(Instant from) {
        return until != null && from.isBefore(until);
    }

    /** When the snooze runs out; only meaningful while it is active. */
    Instant until() {
        return until;
    }
}
