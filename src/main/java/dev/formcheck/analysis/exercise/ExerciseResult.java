package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.CameraView;

import java.util.List;

/**
 * What one stream showed, as one exercise.
 *
 * @param exercise the exercise's name
 * @param recognized true when {@code --exercise auto} chose it, false when the user named it
 * @param view the camera view seen most often while a person was in frame
 * @param reps counted reps
 * @param holds timed holds
 * @param flags faults inside active sets, in time order
 * @param notes what could not be judged and why, in the user's words
 * @param checks how much of the exercise each frame check judged, in the definition's order
 * @param partialReps reps that reached their turning point and never locked out: reported, not counted
 */
public record ExerciseResult(String exercise, boolean recognized, CameraView view, List<RepResult> reps,
                             List<HoldResult> holds, List<Flag> flags, List<String> notes,
                             List<CheckCoverage> checks, List<PartialRep> partialReps) {
    public ExerciseResult {
        reps = List.copyOf(reps);
        holds = List.copyOf(holds);
        flags = List.copyOf(flags);
        notes = List.copyOf(notes);
        checks = List.copyOf(checks);
        partialReps = List.copyOf(partialReps);
    }

    /** A result without per-check coverage (a hand-built or test result). */
    public ExerciseResult(String exercise, boolean recognized, CameraView view, List<RepResult> reps,
                          List<HoldResult> holds, List<Flag> flags, List<String> notes) {
        this(exercise, recognized, view, reps, holds, flags, notes, List.of(), List.of());
    }

    /** Left against right, for an exercise done one side at a time; empty for others. */
    public java.util.Optional<SideBalance> sideBalance() {
        return SideBalance.of(reps, holds);
    }

    public ExerciseResult asRecognized() {
        return new ExerciseResult(exercise, true, view, reps, holds, flags, notes, checks, partialReps);
    }
}
