package dev.formcheck.analysis.thresholds;

import java.util.Objects;

/**
 * Two thresholds whose values must stay in order, {@code lower} strictly below {@code higher}: the
 * gap between a phase's exit and the next phase's entry is the hysteresis that keeps jitter from
 * switching phases, and a calibration must not close it.
 */
public record Ordering(String lower, String higher) {
    public Ordering {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(higher, "higher");
        if (lower.equals(higher)) {
            throw new IllegalArgumentException(lower + " cannot be ordered below itself");
        }
    }
}
