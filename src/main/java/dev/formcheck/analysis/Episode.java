package dev.formcheck.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One debounced episode of a condition (a fault): from its first sample to its last, with every
 * sample's value while it held, so it can be clipped to an active set and still report the worst
 * value inside.
 *
 * @param condition the name the {@link Debouncer} was given (a flag kind such as "ROUNDED_BACK")
 * @param samples the samples where the condition held, in time order; the first and last are the episode's ends
 */
public record Episode(String condition, Worse worse, List<TimedValue> samples) {
    public Episode {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(worse, "worse");
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("an episode of " + condition + " needs at least one sample");
        }
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).timestampMicros() <= samples.get(i - 1).timestampMicros()) {
                throw new IllegalArgumentException("the samples of an episode of " + condition + " must be in time order");
            }
        }
    }

    public long startMicros() {
        return samples.get(0).timestampMicros();
    }

    public long endMicros() {
        return samples.get(samples.size() - 1).timestampMicros();
    }

    public long durationMicros() {
        return endMicros() - startMicros();
    }

    /** The worst value and when it was measured (the first, if it occurred more than once). */
    public TimedValue worst() {
        TimedValue worst = samples.get(0);
        for (TimedValue s : samples) {
            if (worse.isWorse(s.value(), worst.value())) {
                worst = s;
            }
        }
        return worst;
    }

    /** The part of this episode from {@code fromMicros} to {@code toMicros} inclusive; empty if no sample falls inside. */
    public Optional<Episode> clippedTo(long fromMicros, long toMicros) {
        List<TimedValue> inside = samples.stream()
                .filter(s -> s.timestampMicros() >= fromMicros && s.timestampMicros() <= toMicros)
                .toList();
        if (inside.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(inside.size() == samples.size() ? this : new Episode(condition, worse, inside));
    }

    /** Whether some part of the episode lies in {@code fromMicros..toMicros}. */
    public boolean overlaps(long fromMicros, long toMicros) {
        return startMicros() <= toMicros && endMicros() >= fromMicros;
    }
}
