package dev.formcheck.ui.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything the workout screen shows for one frame, in words: the Swing panel copies these into
 * its labels and draws nothing it has to decide.
 *
 * @param exercise the exercise's name as a person reads it, or that it is being recognised
 * @param counterLabel "Reps" or "Hold"
 * @param counter the rep count or the hold's time ("7", "0:24")
 * @param phase where the person is: waiting for the first rep, in set 2, resting 0:35
 * @param spine the back's reading ("Back 8° rounder than neutral"), or why there is none
 * @param hip the hip angle ("Hip 172°") or "Hip —"
 * @param knee the knee angle
 * @param warning the fault to fix now, with its cue, while it is fresh
 * @param card the last set's summary, shown while resting
 * @param status frame rate and inference time
 * @param setup before counting starts: what to fix to be in position, or the countdown
 * @param sides per-side reps for a one-sided exercise ("Left 4 · Right 3"), empty when the engine does not say
 */
public record WorkoutScreen(String exercise, String counterLabel, String counter, String phase, String spine, String hip,
                            String knee, Optional<Warning> warning, Optional<SetCard> card, String status,
                            Optional<Setup> setup, Optional<String> sides) {
    /** The live position check: the instruction, and whether the person is in position (the countdown runs). */
    public record Setup(String text, boolean ready) {
    }

    /** A fault being shown: its name and what to do. */
    public record Warning(String title, String cue) {
    }

    /** The end-of-set summary in plain words. */
    public record SetCard(String title, List<String> lines) {
        public SetCard {
            lines = List.copyOf(lines);
        }
    }

    public static WorkoutScreen idle(String message) {
        return new WorkoutScreen("", "Reps", "0", message, "Back —", "Hip —", "Knee —", Optional.empty(), Optional.empty(), "",
                Optional.empty(), Optional.empty());
    }
}
