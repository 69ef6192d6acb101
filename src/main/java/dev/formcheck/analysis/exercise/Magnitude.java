package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.Measurement;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The size of a possible fault in one frame, in degrees beyond neutral or straight (positive the
 * faulty way), or why it cannot be judged. "Cannot be judged" is never "no fault": the debouncer
 * treats it as unknown.
 */
public record Magnitude(OptionalDouble degrees, Optional<String> whyUnknown, Optional<Evidence> evidence) {
    public Magnitude(OptionalDouble degrees, Optional<String> whyUnknown) {
        this(degrees, whyUnknown, Optional.empty());
    }

    public Magnitude {
        if (evidence == null) {
            throw new IllegalArgumentException("a magnitude's evidence is an Optional, never null");
        }
        if (degrees.isPresent() == whyUnknown.isPresent()) {
            throw new IllegalArgumentException("a magnitude is either a value or a reason there is none");
        }
        if (degrees.isPresent() && !Double.isFinite(degrees.getAsDouble())) {
            throw new IllegalArgumentException("a magnitude must be finite, not " + degrees.getAsDouble());
        }
    }

    public static Magnitude of(double degrees) {
        return new Magnitude(OptionalDouble.of(degrees), Optional.empty());
    }

    public static Magnitude unknown(String why) {
        return new Magnitude(OptionalDouble.empty(), Optional.of(why));
    }

    /** A measured angle turned into a magnitude by {@code size}, or the measurement's own reason. */
    static Magnitude from(Measurement m, java.util.function.DoubleUnaryOperator size) {
        if (m instanceof Measurement.Value v) {
            return of(size.applyAsDouble(v.degrees()));
        }
        return unknown(m.whyMissing().orElse("not measured"));
    }

    /** This magnitude as decided by {@code e}. */
    Magnitude decidedBy(Evidence e) {
        return new Magnitude(degrees, whyUnknown, Optional.of(e));
    }

    public boolean isKnown() {
        return degrees.isPresent();
    }
}
