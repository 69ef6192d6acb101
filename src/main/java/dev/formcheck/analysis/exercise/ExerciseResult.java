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
 */
public record ExerciseResult(String exercise, boolean recognized, CameraView view, List<RepResult> reps,
                             List<HoldResult> holds, List<Flag> flags, List<String> notes) {
    public ExerciseResult {
        reps = List.copyOf(reps);
        holds = List.copyOf(holds);
        flags = List.copyOf(flags);
        notes = List.copyOf(notes);
    }

    public ExerciseResult asRecognized() {
        return new ExerciseResult(exercise, true, view, reps, holds, flags, notes);
    }
}
