package dev.formcheck.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A posture seen that differs from the held one, waiting to hold for {@code minState} before it
 * replaces it, so a reach for the mouse is no slouch. Only samples that show it are evidence: when
 * none has for {@code maxGap} (the user left, the camera stalled), its wait starts over, so an
 * absence is never filed as the posture that was awaiting confirmation when it began.
 */
final class PostureCandidate {
    private final Duration minState;
    private final Duration maxGap;
    private Posture candidate;
    private Instant since;
    private Instant lastSeen;

    PostureCandidate(Duration minState, Duration maxGap) {
        this.minState = minState;
        this.maxGap = maxGap;
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
        if (!seen.equals(candidate) || Duration.between(lastSeen, now).compareTo(maxGap) > 0) {
            candidate = seen;
            since = now;
        }
        lastSeen = now;
        if (Duration.between(since, now).compareTo(minState) >= 0) {
            return Optional.of(since);
        }
        return Optional.empty();
    }

    void forget() {
        candidate = null;
    }
}
