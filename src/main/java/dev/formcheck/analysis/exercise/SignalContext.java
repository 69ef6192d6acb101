package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.NeutralPosture;

/**
 * What a fault signal may need besides the frame: the person's neutral posture and how much to
 * trust a spine estimate.
 *
 * @param neutral the user's calibrated neutral, or the defaults
 * @param minSpineConfidence a spine estimate below this confidence is "cannot tell", never a fault
 * @param straightKneeMin the body line runs to the ankle only when the knee is at least this straight; else to the knee
 * @param backAgainstFloor the exercise lies on the back ({@link ExerciseDefinition#liesOnBack()}): the
 *     back's outline cannot be seen, and a back the keypoints cannot judge says so
 */
public record SignalContext(NeutralPosture neutral, double minSpineConfidence, double straightKneeMin,
                            boolean backAgainstFloor) {
    public SignalContext {
        if (neutral == null) {
            throw new IllegalArgumentException("a signal context needs a neutral posture (NeutralPosture.defaults())");
        }
        if (!(minSpineConfidence >= 0 && minSpineConfidence <= 1)) {
            throw new IllegalArgumentException("a spine confidence gate is 0..1, not " + minSpineConfidence);
        }
    }

    /** A context for an exercise whose back's outline can be seen. */
    public SignalContext(NeutralPosture neutral, double minSpineConfidence, double straightKneeMin) {
        this(neutral, minSpineConfidence, straightKneeMin, false);
    }

    /** This context as {@code exercise} judges in it. */
    public SignalContext forExercise(ExerciseDefinition exercise) {
        return exercise.liesOnBack() == backAgainstFloor ? this
                : new SignalContext(neutral, minSpineConfidence, straightKneeMin, exercise.liesOnBack());
    }
}
