package dev.formcheck.analysis.exercise;

/** What the analyzer reports as frames arrive, for live feedback. Final results come from {@link ExerciseAnalyzer#finish()}. */
public sealed interface LiveEvent {
    long timestampMicros();

    /** A rep was counted. */
    record RepCounted(long timestampMicros, RepResult rep) implements LiveEvent {
    }

    /** A fault has persisted during a rep or hold: the moment to say its cue. */
    record Cue(long timestampMicros, FlagKind kind, String cue, Reading reading) implements LiveEvent {
        /** A cue whose reading is not known (hand-built events). */
        public Cue(long timestampMicros, FlagKind kind, String cue) {
            this(timestampMicros, kind, cue, null);
        }

        /** What raised the cue, when known: a live record keeps it as the flag's value. */
        public java.util.Optional<Reading> measured() {
            return java.util.Optional.ofNullable(reading);
        }
    }

    /**
     * The reading that raised a cue: the worst value so far when the fault fired (or the rep's, for
     * a fault judged per rep), the check's threshold, the severity that value has, and the estimate
     * that gave it.
     */
    record Reading(double value, double threshold, Severity severity, java.util.Optional<Evidence> decidedBy) {
    }

    /** A hold has lasted its minimum time and is being timed (from {@code startMicros}). */
    record HoldStarted(long timestampMicros, long startMicros) implements LiveEvent {
    }

    /** A hold is over. */
    record HoldEnded(long timestampMicros, HoldResult hold) implements LiveEvent {
    }
}
