package dev.formcheck.analysis.thresholds;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One named number the analysis decides by, with the unit it is in, the values it may take, why it
 * has its value and where the value comes from. Thresholds are data: shipped in
 * {@code calibration/defaults.json}, overridden by a user's calibration, read once at start-up.
 *
 * @param name dotted lower-case words: {@code squat.thigh.bottom_max}, {@code flags.debounce}
 * @param allowed the values that make sense for it; a value outside is rejected with this range in the message
 * @param reason what the threshold decides and why it has this value
 * @param source where the value comes from: the literature, MoveNet practice, an issue, or "ours" and why
 */
public record Threshold(String name, double value, Unit unit, Range allowed, String reason, String source) {
    /** Words of lower-case letters, digits, '_' or '-', joined by dots. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)*");

    public Threshold {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        nameProblem(name).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        if (reason.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException(name + ": a threshold needs a reason and a source");
        }
        outOfRange(value, unit, allowed).ifPresent(p -> {
            throw new IllegalArgumentException(name + ": " + p);
        });
    }

    /** What is wrong with {@code name} as a threshold name, if anything. */
    public static Optional<String> nameProblem(String name) {
        return NAME.matcher(name).matches() ? Optional.empty()
                : Optional.of("\"" + name + "\" is not a threshold name (dotted lower-case words, such as squat.thigh.bottom_max)");
    }

    /**
     * Why {@code value} is not allowed, if it is not: "200 deg is outside the allowed range 40 to 150 deg".
     * The one range check, used by the constructor and by the file reader (which adds the file and field).
     */
    public static Optional<String> outOfRange(double value, Unit unit, Range allowed) {
        if (allowed.contains(value)) {
            return Optional.empty();
        }
        return Optional.of(format(value) + " " + unit.symbol() + " is outside the allowed range "
                + format(allowed.min()) + " to " + format(allowed.max()) + " " + unit.symbol());
    }

    /** This threshold with another value (range checked), reason and source. */
    public Threshold withValue(double newValue, String newReason, String newSource) {
        return new Threshold(name, newValue, unit, allowed, newReason, newSource);
    }

    /** The value of a duration threshold in microseconds, the engine's time unit. */
    public long micros() {
        requireUnit(Unit.MILLISECONDS);
        return Math.round(value * 1000);
    }

    void requireUnit(Unit expected) {
        if (unit != expected) {
            throw new IllegalArgumentException(name + " is in " + unit.symbol() + ", not " + expected.symbol());
        }
    }

    /** The value with its unit: "110 deg". */
    public String display() {
        return format(value) + " " + unit.symbol();
    }

    /** 150, not 150.0; 0.25, not 0.25000000000000001. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
