package dev.formcheck.evaluation;

import dev.formcheck.analysis.exercise.ExerciseFiles;
import dev.formcheck.analysis.exercise.ExerciseSpec;
import dev.formcheck.analysis.exercise.FlagKind;

import java.util.Locale;
import java.util.Optional;

/** Labels' free text read as FormCheck's exercises and flags. */
final class LabelledExercises {
    private LabelledExercises() {
    }

    /**
     * The defined exercise a label names ("goblet squat (bodyweight/dumbbell)" is a squat, "forearm
     * plank (static hold)" a plank): the shipped exercise whose name or alias (its file's
     * {@code aliases}) the label contains, the longest such name deciding ("side plank" is the side
     * plank, not the plank), the first in the shipped order on a tie; empty for one FormCheck does
     * not define (a stretch, a crunch).
     */
    static Optional<String> exerciseOf(String label) {
        String best = null;
        int longest = 0;
        for (ExerciseSpec spec : ExerciseFiles.shipped()) {
            int length = spec.isCalledBy(label);
            if (length > longest) {
                longest = length;
                best = spec.name();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The flag that finds a video label's fault ("rounded back", "hips sagging"), if FormCheck has one. */
    static Optional<FlagKind> flagOf(String faultLabel) {
        String l = faultLabel.toLowerCase(Locale.ROOT);
        if (l.contains("slouch")) {
            return Optional.empty(); // the desk monitor's, not an exercise flag
        }
        if (l.contains("round") || l.contains("flex")) {
            return Optional.of(FlagKind.ROUNDED_BACK);
        }
        if (l.contains("arch") || l.contains("hyperext")) {
            return Optional.of(FlagKind.LUMBAR_HYPEREXTENSION);
        }
        if (l.contains("sag")) {
            return Optional.of(FlagKind.HIPS_SAGGING);
        }
        if (l.contains("pike")) {
            return Optional.of(FlagKind.HIPS_PIKED);
        }
        if (l.contains("shallow")) {
            return Optional.of(FlagKind.SHALLOW_DEPTH);
        }
        if (l.contains("head")) {
            return Optional.of(FlagKind.HEAD_DROP);
        }
        return Optional.empty();
    }
}
