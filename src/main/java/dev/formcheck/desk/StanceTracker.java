package dev.formcheck.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The held stance (sitting or standing): a new one replaces it only after holding for
 * {@code minState}, as a posture does, so leaning over to pick something up is not standing.
 * After the user was away the first sample that tells decides at once: they may come back
 * either way.
 */
final class StanceTracker {
    private final StanceRecogniser recogniser;
    private final Duration minState;
    private DeskStance held;
    private DeskStance candidate;
    private Instant candidateSince;

    StanceTracker(StanceRecogniser recogniser, Duration minState) {
        this.recogniser = recogniser;
        this.minState = minState;
    }

    /** The stance confirmed by this sample, with since when it holds, when it changed; empty otherwise. */
    Optional<Change> offer(Instant now, DeskMeasurement m) {
        Optional<DeskStance> seen = recogniser.read(m, held);
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        if (held == null) {
            held = seen.get();
            return Optional.of(new Change(now, null, held));
        }
        if (seen.get() == held) {
            candidate = null;
            return Optional.empty();
        }
        if (seen.get() != candidate) {
            candidate = seen.get();
            candidateSince = now;
        }
        if (Duration.between(candidateSince, now).compareTo(minState) < 0) {
            return Optional.empty();
        }
        DeskStance from = held;
        held = candidate;
        candidate = null;
        return Optional.of(new Change(candidateSince, from, held));
    }

    /** The user left: the next sample that tells decides afresh. */
    void forget() {
        held = null;
        candidate = null;
    }

    /** The held stance; empty before any sample told it, or while away. */
    Optional<DeskStance> held() {
        return Optional.ofNullable(held);
    }

    StanceRecogniser recogniser() {
        return recogniser;
    }

    /** @param from null for the first stance after a start or an absence */
    record Change(Instant since, DeskStance from, DeskStance to) {
    }
}
