package dev.formcheck.analysis;

import java.util.Objects;

/**
 * Where a scalar signal has to be for a condition to hold: at or below a threshold, or at or
 * above it. Phases are entered on a crossing and hysteresis switches turn on and off on one.
 */
public record Crossing(Side side, double threshold) {
    /** Which side of the threshold satisfies the crossing. */
    public enum Side {
        AT_OR_BELOW("<="),
        AT_OR_ABOVE(">=");

        private final String symbol;

        Side(String symbol) {
            this.symbol = symbol;
        }

        public Side opposite() {
            return this == AT_OR_BELOW ? AT_OR_ABOVE : AT_OR_BELOW;
        }

        public String symbol() {
            return symbol;
        }
    }

    public Crossing {
        Objects.requireNonNull(side, "side");
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("a crossing needs a finite threshold, not " + threshold);
        }
    }

    public static Crossing atOrBelow(double threshold) {
        return new Crossing(Side.AT_OR_BELOW, threshold);
    }

    public static Crossing atOrAbove(double threshold) {
        return new Crossing(Side.AT_OR_ABOVE, threshold);
    }

    /** Whether {@code value} is on this crossing's side of the threshold; never for NaN. */
    public boolean isMetBy(double value) {
        return side == Side.AT_OR_BELOW ? value <= threshold : value >= threshold;
    }

    /** Whether {@code other}'s threshold lies strictly beyond this one's, in the direction of this crossing's side. */
    boolean liesBeyond(Crossing other) {
        return side == Side.AT_OR_BELOW ? threshold < other.threshold : threshold > other.threshold;
    }

    @Override
    public String toString() {
        return side.symbol() + " " + Numbers.format(threshold);
    }
}
