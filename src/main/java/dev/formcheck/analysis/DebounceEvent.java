package dev.formcheck.analysis;

/** What a {@link Debouncer} reports. */
public sealed interface DebounceEvent {
    long timestampMicros();

    /**
     * The condition has now held for the persistence time: the moment a live cue may be given.
     *
     * @param startMicros the first sample of the episode
     * @param worstSoFar the worst value from the start up to now
     */
    record Fired(long timestampMicros, String condition, long startMicros, TimedValue worstSoFar)
            implements DebounceEvent {
    }

    /** The episode is over; {@code timestampMicros} is the sample that decided it, after the episode's last sample. */
    record Ended(long timestampMicros, Episode episode) implements DebounceEvent {
    }
}
