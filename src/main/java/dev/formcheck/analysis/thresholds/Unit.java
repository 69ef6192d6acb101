package dev.formcheck.analysis.thresholds;

import java.util.Arrays;
import java.util.Optional;

/** The unit of a threshold, written in calibration files by its symbol. */
public enum Unit {
    /** Angles: joint angles with 180 straight, inclines from horizontal. */
    DEGREES("deg"),
    /** Durations; the engine converts them to microseconds. */
    MILLISECONDS("ms"),
    /** Dimensionless fractions (a keypoint score, a share of body height). */
    RATIO("ratio"),
    /** Whole numbers: severity levels, reps. */
    COUNT("count");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Optional<Unit> ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(u -> u.symbol.equals(symbol)).findFirst();
    }

    /** The symbols, for messages: "deg", "ms", "ratio". */
    static String symbols() {
        return String.join(", ", Arrays.stream(values()).map(u -> "\"" + u.symbol + "\"").toList());
    }
}
