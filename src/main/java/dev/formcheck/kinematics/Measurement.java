package dev.formcheck.kinematics;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One quantity in one frame: a {@link Value} in degrees, or why there is none ({@link NotVisible},
 * {@link WrongView}). A low-score keypoint never produces a value, so a check downstream can never
 * raise a fault from a guess; it reports the {@link #whyMissing()} instead.
 */
public sealed interface Measurement permits Measurement.Value, NotVisible, WrongView {
    /** A measured angle in degrees; its convention is the quantity's (see {@link BodyAngles}). */
    record Value(double degrees) implements Measurement {
        public Value {
            if (!Double.isFinite(degrees)) {
                throw new IllegalArgumentException("a measured angle must be finite, not " + degrees);
            }
        }
    }

    static Measurement of(double degrees) {
        return new Value(degrees);
    }

    default boolean isPresent() {
        return this instanceof Value;
    }

    /** The angle, when measured. */
    default OptionalDouble valueIfPresent() {
        return this instanceof Value v ? OptionalDouble.of(v.degrees()) : OptionalDouble.empty();
    }

    /** Why it is missing, in the user's words; empty when measured. */
    default Optional<String> whyMissing() {
        return this instanceof Unavailable u ? Optional.of(u.message()) : Optional.empty();
    }
}
