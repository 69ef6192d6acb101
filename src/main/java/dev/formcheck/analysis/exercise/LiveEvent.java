package dev.formcheck.analysis.exercise;

/** What the analyzer reports as frames arrive, for live feedback. Final results come from {@link ExerciseAnalyzer#finish()}. */
public sealed interface LiveEvent {
    long timestampMicros();

    /** A rep was counted. */
    record RepCounted(long timestampMicros, RepResult rep) implements LiveEvent {
    }

    /** A fault has persisted during a rep or hold: the moment to say its cue. */
    record Cue(long timestampMicros, FlagKind kind, String cue) implements LiveEvent {
    }

    /** A hold has lasted its minimum time and is being timed (from {@code startMicros}). */
    record HoldStarted(long timestampMicros, long startMicros) implements LiveEvent {
    }

    /** A hold is over. */
    record HoldEnded(long timestampMicros, HoldResult hold) implements LiveEvent {
    }
}
