package dev.formcheck.evaluation;

import dev.formcheck.analysis.exercise.FlagKind;

import java.util.Locale;
import java.util.Optional;

/** Labels' free text read as FormCheck's exercises and flags. */
final class LabelledExercises {
    private LabelledExercises() {
    }

    /**
     * The defined exercise a label names ("goblet squat (bodyweight/dumbbell)" is a squat, "forearm
     * plank (static hold)" a plank); empty for one FormCheck does not define (lunge, stretch, ...).
     */
    static Optional<String> exerciseOf(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("side plank") || l.contains("side-plank") || l.contains("split squat")) {
            return Optional.empty();
        }
        if (l.contains("romanian")) {
            return Optional.of("romanian-deadlift");
        }
        if (l.contains("deadlift")) {
            return Optional.of("deadlift");
        }
        if (l.contains("hinge")) {
            return Optional.of("hip-hinge");
        }
        if (l.contains("squat")) {
            return Optional.of("squat");
        }
        if (l.contains("push-up") || l.contains("pushup") || l.contains("push up")) {
            return Optional.of("push-up");
        }
        if (l.contains("high plank") || l.contains("high-plank")) {
            return Optional.of("high-plank");
        }
        if (l.contains("plank")) {
            return Optional.of("plank");
        }
        return Optional.empty();
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
