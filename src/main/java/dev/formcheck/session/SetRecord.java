package dev.formcheck.session;

import dev.formcheck.analysis.exercise.FlagKind;
import dev.formcheck.analysis.exercise.FormBreakdown;

import dev.formcheck.kinematics.SpineMethod;

import java.util.List;
import java.util.Optional;

/**
 * One set as the workout record keeps it (part of {@link WorkoutRecord}, versioned with it).
 *
 * @param index 1-based
 * @param startMicros the stream time of its first rep's start or its hold's start
 * @param endMicros the stream time its last rep or hold ended
 * @param reps reps counted
 * @param holdMicros time held, for a hold exercise (0 otherwise)
 * @param restBeforeMicros the rest since the previous set ended (0 for the first)
 * @param faults each fault cued in the set, with the rep it came in (0 in a hold)
 * @param worstSpine the most flexed spine reading during the set and which estimate gave it, when one was read
 * @param formBreakdown where the set's form broke down ({@link FormBreakdown}), when it did
 */
public record SetRecord(int index, long startMicros, long endMicros, int reps, long holdMicros, long restBeforeMicros,
                        List<Fault> faults, Optional<WorstSpine> worstSpine, Optional<FormBreakdown.Breakdown> formBreakdown) {
    public SetRecord {
        faults = List.copyOf(faults);
        if (worstSpine == null || formBreakdown == null) {
            throw new IllegalArgumentException("worstSpine and formBreakdown are a reading or empty, never null");
        }
        if (index < 1 || endMicros < startMicros || reps < 0 || holdMicros < 0 || restBeforeMicros < 0) {
            throw new IllegalArgumentException("a set has a positive index, ends after it starts, and no negative count");
        }
    }

    /** A set whose form did not break down (or was not followed for it). */
    public SetRecord(int index, long startMicros, long endMicros, int reps, long holdMicros, long restBeforeMicros,
                     List<Fault> faults, Optional<WorstSpine> worstSpine) {
        this(index, startMicros, endMicros, reps, holdMicros, restBeforeMicros, faults, worstSpine, Optional.empty());
    }

    /** A fault cued during a set. */
    public record Fault(FlagKind kind, int rep, long atMicros) {
    }

    /** The spine reading furthest into flexion, with the estimate that gave it. */
    public record WorstSpine(double flexionDegrees, SpineMethod method, long atMicros) {
    }

    public long durationMicros() {
        return endMicros - startMicros;
    }
}
