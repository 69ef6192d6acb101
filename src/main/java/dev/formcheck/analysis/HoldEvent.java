package dev.formcheck.analysis;

/** What a {@link HoldTimer} reports, each with the timestamp of the sample that decided it. */
public sealed interface HoldEvent {
    long timestampMicros();

    /** The position has been held for the minimum time; the hold counts from {@code startMicros}. */
    record HoldStarted(long timestampMicros, long startMicros) implements HoldEvent {
    }

    /** The hold is over: out of position (or out of sight) for longer than the grace period, or the stream ended. */
    record HoldEnded(long timestampMicros, Hold hold) implements HoldEvent {
    }
}
