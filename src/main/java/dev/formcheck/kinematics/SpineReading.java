package dev.formcheck.kinematics;

import java.util.Optional;

/** The back in one frame: an {@link Estimated} spine, or why there is none ({@link NotVisible}, {@link WrongView}). */
public sealed interface SpineReading permits SpineReading.Estimated, NotVisible, WrongView {
    record Estimated(SpineEstimate estimate) implements SpineReading {
        public Estimated {
            if (estimate == null) {
                throw new IllegalArgumentException("an estimated spine needs its estimate");
            }
        }
    }

    default Optional<SpineEstimate> estimateIfPresent() {
        return this instanceof Estimated e ? Optional.of(e.estimate()) : Optional.empty();
    }

    /** Why there is no estimate, in the user's words; empty when there is one. */
    default Optional<String> whyMissing() {
        return this instanceof Unavailable u ? Optional.of(u.message()) : Optional.empty();
    }
}
