package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Measurement;

/** One quantity of a frame that a movement is followed by (a knee angle, an incline). */
@FunctionalInterface
public interface FrameQuantity {
    Measurement of(KinematicFrame frame);

    /** Thigh below horizontal: any view. */
    FrameQuantity THIGH_INCLINATION = f -> f.angles().thighInclination();
    /** Shoulder-hip-knee on the near side: side-on. */
    FrameQuantity HIP_ANGLE = f -> f.angles().hip();
    /** Hip-knee-ankle on the near side: side-on. */
    FrameQuantity KNEE_ANGLE = f -> f.angles().knee();
    /** Hip to shoulder from vertical, + leaning forward: side-on. */
    FrameQuantity TRUNK = f -> f.angles().trunkInclination();
    /**
     * The trunk (hip to shoulder) above horizontal, 0..90: 0 lying, 90 upright. Only shoulder and
     * hip are needed, so it holds when the feet are out of sight or misplaced (the real plank video).
     */
    FrameQuantity TRUNK_ABOVE_HORIZONTAL = f -> {
        Measurement trunk = f.angles().trunkInclination();
        return trunk.isPresent() ? Measurement.of(90 - Math.abs(trunk.valueIfPresent().getAsDouble())) : trunk;
    };
    /** Shoulder-ankle line above horizontal: side-on. */
    FrameQuantity BODY_INCLINE = f -> f.angles().bodyIncline();
    /** Shoulder-hip-ankle on the front: side-on. */
    FrameQuantity BODY_LINE = f -> f.angles().bodyLineToAnkle();
    /**
     * The elbow on the side towards the camera, else the other one: a push-up side-on hides the far
     * arm behind the body, and both elbows bend alike.
     */
    FrameQuantity NEAR_ELBOW = f -> {
        Measurement left = f.angles().leftElbow();
        Measurement right = f.angles().rightElbow();
        boolean rightNear = f.side().map(s -> s == dev.formcheck.kinematics.BodySide.RIGHT).orElse(false);
        Measurement near = rightNear ? right : left;
        Measurement far = rightNear ? left : right;
        return near.isPresent() || !far.isPresent() ? near : far;
    };

    /**
     * The lower wrist's height above the ankles (0 at the floor, 90 at the knees or above): any view.
     * A crouch resting on the hands reads about 0, the bottom of a squat far higher.
     */
    FrameQuantity HAND_HEIGHT = KinematicFrame::handHeight;

    /**
     * Shoulders-hips-ankles across the frame, seen from the front ({@link dev.formcheck.kinematics.FrontalBodyLine}):
     * 180 straight, above 180 the hips sag towards the floor, below 180 they pike. A side plank's line.
     */
    FrameQuantity FRONTAL_BODY_LINE = f -> f.frontalLine().angle();

    /**
     * The knees' height difference as an angle ({@link dev.formcheck.kinematics.LimbSides#kneeSplit()}):
     * 0 level, 30-60 at a lunge's bottom; any view.
     */
    FrameQuantity KNEE_SPLIT = f -> f.limbSides().kneeSplit();

    /** The knee caving in more, inside its hip-ankle line ({@link dev.formcheck.kinematics.LimbSides#kneeCave()}): from the front. */
    FrameQuantity KNEE_CAVE = f -> f.limbSides().kneeCave();

    /**
     * The higher-raised arm's angle from the trunk ({@link dev.formcheck.kinematics.LimbSides#armElevation()}):
     * 0 hanging, 180 overhead; any view. A press's movement.
     */
    FrameQuantity ARM_ELEVATION = f -> f.limbSides().armElevation();
}
