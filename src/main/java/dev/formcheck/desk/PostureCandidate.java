package dev.formcheck.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A posture seen that differs from the held one, waiting to hold for {@code minState} before it
 * replaces it, so a reach for the mouse is no slouch.
 */
final class PostureCandidate {
    private final Duration minState;
    private Posture candidate;
    private Instant since;

    PostureCandidate(Duration minState) {
        this.minState = minState;
    }

    /**
     * Takes in the posture {@code seen} while {@code current} is held; returns since when it has
     * held once it has held long enough to replace the current one.
     */
    Optional<Instant> offer(Instant now, Posture seen, Posture current) {
        if (seen.equals(current)) {
            candidate = null;
            return Optional.empty();
        }
        if (!seen.equals(candidate)) {
            candidate = seen;
            since = now;
        }
        if (Duration.between(since, now).compareTo(minState) >= 0) {
            return Optional.of(since);
        }
        return Optional.empty();
    }

    void forget() {
        candidate = null;
    }
}
