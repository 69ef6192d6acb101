package dev.formcheck.analysis;

import java.util.Objects;

/**
 * One named phase of a movement: the signal enters it when {@code enter} has held continuously
 * for {@code minDurationMicros} (measured between sample timestamps), and the phase is then dated
 * from the first of those samples. So one noisy sample never changes the phase. The minimum is on
 * the crossing, not on the phase's span: when the next phase's crossing lies beyond this one's (a
 * fast descent into the bottom), the phase can last less, as the frames show it
 * ({@link PhaseMachine}).
 *
 * @param name lower-case, as it appears in events and files ("standing", "descent", ...)
 * @param enter where the signal has to be for this phase
 * @param minDurationMicros how long {@code enter} must hold before the phase is entered; 0 enters it on the first sample
 */
public record Phase(String name, Crossing enter, long minDurationMicros) {
    public Phase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(enter, "enter");
        if (name.isBlank() || !name.equals(name.strip())) {
            throw new IllegalArgumentException("a phase needs a name without surrounding spaces, not \"" + name + "\"");
        }
        if (minDurationMicros < 0) {
            throw new IllegalArgumentException("phase '" + name + "': the minimum time cannot be negative ("
                    + minDurationMicros + " us)");
        }
    }

    @Override
    public String toString() {
        return "'" + name + "' (entered at " + enter + ")";
    }
}
