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
}
