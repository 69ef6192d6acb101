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
     * Side-on: from the front it would let a squat's lean pass for a row's held hinge (the rendered
     * squat from the front, through MoveNet, decision 0019).
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

    /**
     * The trunk's lean from vertical seen from the front ({@link dev.formcheck.kinematics.FrontView#trunkLean()}):
     * 0 upright, 90 lying towards or away from the camera; front view only.
     */
    FrameQuantity FRONT_TRUNK_LEAN = f -> f.front().trunkLean();

    /**
     * The trunk's height in the image over the shoulders' width ({@link dev.formcheck.kinematics.FrontView#trunkHeight()}),
     * seen from the front or obliquely; against the same body's reading standing it gives the lean.
     */
    FrameQuantity TRUNK_HEIGHT = f -> f.front().trunkHeight();

    /** The elbow angle a push-up's shoulders' drop towards the hands implies, seen from the front. */
    FrameQuantity ELBOW_FROM_SHOULDER_DROP = f -> f.front().elbowFromDrop();

    /**
     * The hip angle the trunk's lean and the thigh's incline imply, seen from the front: 180 less the
     * trunk's lean from vertical less the thigh's forward lean from vertical (90 less its incline).
     */
    FrameQuantity HIP_FROM_TRUNK_LEAN = f -> {
        Measurement lean = f.front().trunkLean();
        Measurement thigh = f.angles().thighInclination();
        if (!lean.isPresent()) {
            return lean;
        }
        if (!thigh.isPresent()) {
            return thigh;
        }
        return Measurement.of(90 + thigh.valueIfPresent().getAsDouble() - lean.valueIfPresent().getAsDouble());
    };

    /**
     * The shoulder-ankle line's incline, or seen from the front the trunk's incline above horizontal
     * its foreshortening implies: what says the body is lying in every view.
     */
    FrameQuantity LYING_INCLINE = FrameQuantities.byView(f -> f.angles().bodyIncline(), f -> {
        Measurement lean = f.front().trunkLean();
        return lean.isPresent() ? Measurement.of(90 - lean.valueIfPresent().getAsDouble()) : lean;
    });

    /** The near elbow, or seen from the front the elbow a push-up's shoulders' drop implies. */
    FrameQuantity ELBOW_ANY_VIEW = FrameQuantities.byView(f -> NEAR_ELBOW.of(f), f -> f.front().elbowFromDrop());

    /** The hip angle, or seen from the front the one the trunk's lean and the thigh imply. */
    FrameQuantity HIP_ANY_VIEW = FrameQuantities.byView(f -> f.angles().hip(), f -> HIP_FROM_TRUNK_LEAN.of(f));

    /**
     * A side-on quantity that frames seen from the front read from {@code front} instead, when it is
     * measured there (an elbow or a hip angle has nothing true to read from the front); every other
     * view, and a front frame without it, keeps {@code sideOn}.
     */
    static FrameQuantity byView(FrameQuantity sideOn, FrameQuantity front) {
        return FrameQuantities.byView(sideOn, front);
    }
}
