package dev.formcheck.analysis.exercise;

import java.util.OptionalInt;

/**
 * One reported fault.
 *
 * @param kind what it is
 * @param severity how serious: its excess beyond the threshold, raised by the load
 * @param startMicros its first frame inside the active set
 * @param endMicros its last frame inside the active set
 * @param rep the rep it happened in (1-based), empty in a hold or between reps
 * @param value the worst size it reached, in the unit and sense of its threshold (docs/flags.md)
 * @param threshold the threshold it crossed
 * @param cue what to tell the user
 * @param decidedBy the estimate that read {@code value}, and its confidence
 */
public record Flag(FlagKind kind, Severity severity, long startMicros, long endMicros, OptionalInt rep,
                   double value, double threshold, String cue, java.util.Optional<Evidence> decidedBy) {
    /** A flag that names no deciding estimate (hand-built results). */
    public Flag(FlagKind kind, Severity severity, long startMicros, long endMicros, OptionalInt rep, double value,
                double threshold, String cue) {
        this(kind, severity, startMicros, endMicros, rep, value, threshold, cue, java.util.Optional.empty());
    }

    /** This flag, decided by {@code e}. */
    public Flag withEvidence(java.util.Optional<Evidence> e) {
        return new Flag(kind, severity, startMicros, endMicros, rep, value, threshold, cue, e);
    }

    public Flag {
        if (kind == null || severity == null || rep == null || cue == null || decidedBy == null) {
            throw new IllegalArgumentException("a flag needs its kind, severity, rep (or none) and cue");
        }
        if (endMicros < startMicros) {
            throw new IllegalArgumentException(kind + " ends (" + endMicros + " us) before it starts (" + startMicros + " us)");
        }
    }
}
