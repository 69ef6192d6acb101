package dev.formcheck.analysis.exercise;

import java.util.Set;

/**
 * A fault judged frame by frame and debounced: it holds while its signal is at or beyond its
 * threshold, and becomes a flag once it has held for the persistence time inside an active set.
 *
 * @param kind what it flags
 * @param signal the fault's size per frame
 * @param thresholdName the named threshold (calibration/defaults.json) the value came from, for messages and docs
 * @param thresholdDegrees the fault holds at or beyond this size
 * @param severityStep each further step of this size beyond the threshold raises the severity one level
 * @param persistenceMicros how long it must hold before it is a flag
 * @param releaseMicros how long it must be clear before a flag ends
 * @param phases the rep phases it is judged in (empty: every working phase; holds: whenever in position)
 * @param cue what to tell the user mid-rep
 */
public record FrameCheck(FlagKind kind, FaultSignal signal, String thresholdName, double thresholdDegrees,
                         double severityStep, long persistenceMicros, long releaseMicros, Set<String> phases,
                         String cue) {
    public FrameCheck {
        if (kind == null || signal == null || thresholdName == null || cue == null || cue.isBlank()) {
            throw new IllegalArgumentException("a check needs its kind, signal, threshold name and cue");
        }
        if (!Double.isFinite(thresholdDegrees) || !(severityStep > 0)) {
            throw new IllegalArgumentException(kind + ": threshold " + thresholdDegrees + " and severity step "
                    + severityStep + " must be finite, the step positive");
        }
        phases = Set.copyOf(phases);
    }

    /** This check with its own persistence ("sustained" faults, a held head). */
    public FrameCheck withPersistence(long micros) {
        return new FrameCheck(kind, signal, thresholdName, thresholdDegrees, severityStep, micros, releaseMicros, phases, cue);
    }

    /** Whether the check is judged in {@code phase} of a rep. */
    public boolean appliesIn(String phase) {
        return phases.isEmpty() || phases.contains(phase);
    }
}
