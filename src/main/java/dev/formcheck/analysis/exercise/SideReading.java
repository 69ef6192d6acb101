package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.BodySide;
import dev.formcheck.kinematics.KinematicFrame;

import java.util.Optional;

/**
 * Which side a frame of an exercise done one side at a time shows working, when it shows one: the
 * rep's side is the side its turning point shows most ({@code movement.per_side} in a file).
 */
@FunctionalInterface
public interface SideReading {
    Optional<BodySide> of(KinematicFrame frame);

    /**
     * The front leg of a lunge or split squat: the one whose knee is higher, as the back knee drops
     * towards the floor ({@link dev.formcheck.kinematics.LimbSides#higherKnee()}); any view.
     */
    SideReading FRONT_LEG = f -> f.limbSides().higherKnee();

    /**
     * The reaching arm of a bird-dog or dead bug: the one raised clearly more than the other
     * ({@link dev.formcheck.kinematics.LimbSides#raisedArm()}); the opposite leg reaches with it.
     */
    SideReading REACHING_ARM = f -> f.limbSides().raisedArm();

    /**
     * A bird-dog's reaching arm, told by the legs first: the arm opposite the leg lifted back (its
     * knee the higher, the other on the floor), or the arm raised clearly more where the knees are
     * level or not both seen. From the side MoveNet loses the far arm behind the body, flickering
     * between it and the near one, while it keeps both knees (decision 0073).
     */
    SideReading ARM_OPPOSITE_LIFTED_LEG = f -> f.limbSides().higherKnee().map(BodySide::opposite)
            .or(() -> f.limbSides().raisedArm());

    /**
     * A dead bug's reaching arm, told by the legs first: the arm on the side of the leg still bent
     * over the hip (its knee the higher) while the other straightens towards the floor, or the arm
     * raised clearly more where the knees are level or not both seen. Lying on the back, MoveNet
     * puts both elbows on the arm nearer the camera (decision 0073).
     */
    SideReading ARM_OVER_BENT_LEG = f -> f.limbSides().higherKnee().or(() -> f.limbSides().raisedArm());
}
