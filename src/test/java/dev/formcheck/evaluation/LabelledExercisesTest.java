package dev.formcheck.evaluation;

import dev.formcheck.analysis.exercise.FlagKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Labels' free text read by the exercise files' names and aliases, not by a list in Java. */
class LabelledExercisesTest {
    @Test
    void theSharedLabelsNameTheExercisesTheyNamedBefore() {
        assertThat(LabelledExercises.exerciseOf("goblet squat (bodyweight/dumbbell)")).contains("squat");
        assertThat(LabelledExercises.exerciseOf("forearm plank (static hold)")).contains("plank");
        assertThat(LabelledExercises.exerciseOf("push-up")).contains("push-up");
        assertThat(LabelledExercises.exerciseOf("hip-hinge")).contains("hip-hinge");
        assertThat(LabelledExercises.exerciseOf("deadlift")).contains("deadlift");
        for (String undefined : new String[] {"forward-bend", "stretch", "crunch"}) {
            assertThat(LabelledExercises.exerciseOf(undefined)).as(undefined).isEmpty();
        }
    }

    @Test
    void theMostSpecificNameDecides() {
        assertThat(LabelledExercises.exerciseOf("Romanian deadlift")).contains("romanian-deadlift");
        assertThat(LabelledExercises.exerciseOf("RDL, dumbbells")).contains("romanian-deadlift");
        assertThat(LabelledExercises.exerciseOf("high plank")).contains("high-plank");
        assertThat(LabelledExercises.exerciseOf("pushups")).contains("push-up");
        assertThat(LabelledExercises.exerciseOf("press-ups")).contains("push-up");
    }

    @Test
    void exercisesDefinedSinceTheOldListAreNamedByTheirFiles() {
        // the Java list left these out (side planks were scored as nothing, bridges were not defined yet)
        assertThat(LabelledExercises.exerciseOf("side-plank")).contains("side-plank");
        assertThat(LabelledExercises.exerciseOf("side bridge")).contains("side-plank");
        assertThat(LabelledExercises.exerciseOf("glute-bridge")).contains("glute-bridge");
        for (String added : new String[] {"lunge", "bird-dog", "dead-bug", "overhead-press", "bent-over-row"}) {
            assertThat(LabelledExercises.exerciseOf(added)).as(added).contains(added);
        }
        assertThat(LabelledExercises.exerciseOf("Split squat with dumbbells")).contains("lunge");
        assertThat(LabelledExercises.exerciseOf("seated shoulder press")).contains("overhead-press");
    }

    @Test
    void faultLabelsNameTheirFlags() {
        assertThat(LabelledExercises.flagOf("rounded back")).contains(FlagKind.ROUNDED_BACK);
        assertThat(LabelledExercises.flagOf("hips sagging")).contains(FlagKind.HIPS_SAGGING);
        assertThat(LabelledExercises.flagOf("slouching")).isEqualTo(Optional.empty());
    }
}
