package dev.formcheck.synthetic;

import dev.formcheck.capture.RgbImage;

import java.util.List;
import java.util.Optional;

/**
 * An exercise's key positions as the camera FormCheck wants sees them, for a "how to" picture:
 * the start and the bottom of a rep (or the middle of the hold), rendered with the mannequin from the side, at
 * the camera distance and height the sample videos use ({@link Camera#sideView}).
 */
public final class ExercisePositions {
    private ExercisePositions() {
    }

    /** The positions of {@code exerciseId} ("squat", "push-up"), empty for an exercise the mannequin does not perform. */
    public static Optional<List<RgbImage>> render(String exerciseId, int width, int height) {
        Exercise exercise;
        try {
            exercise = Exercise.fromId(exerciseId);
        } catch (IllegalArgumentException notPerformed) {
            return Optional.empty();
        }
        Anthropometry body = Anthropometry.adult();
        ExerciseScenario scenario = exercise.isHold() ? ExerciseScenario.of(exercise).withHoldSeconds(4)
                : ExerciseScenario.of(exercise).withReps(1);
        ExerciseMotion motion = scenario.motion(body);
        ScenarioTruth truth = motion.truth();
        List<Double> times = exercise.isHold()
                ? List.of((truth.holds().get(0).startSeconds() + truth.holds().get(0).endSeconds()) / 2)
                : List.of(truth.reps().get(0).startSeconds(), truth.reps().get(0).bottomSeconds());
        Camera camera = scenario.camera(width, height);
        Renderer renderer = Renderer.withDefaults();
        return Optional.of(times.stream()
                .map(t -> renderer.render(ForwardKinematics.solve(body, motion.poseAt(t)), camera, 0).image()).toList());
    }
}
