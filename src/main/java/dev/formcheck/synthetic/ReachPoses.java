package dev.formcheck.synthetic;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The bird-dog and the dead bug as poses: one arm reaching and the opposite leg straightening,
 * from a rest position (depth 0) to reached out (depth 1), every reaching joint going linearly
 * with the depth. The bird-dog on hands and knees ({@link FloorPoses#allFours}): the arm from
 * hanging under the shoulder to forward in line with the trunk, the opposite leg from the thigh
 * vertical to back in line with it. The dead bug lying on the back: arms pointing at the ceiling
 * and the knees bent over the hips at rest; the arm goes overhead and the opposite leg straightens
 * towards the floor. Figures are ours, from the source article's description ("in line with the
 * back").
 */
final class ReachPoses {
    /** Bird-dog, reached out: arm about in line with the trunk, the leg straight back in line with it. */
    static final double BIRD_DOG_ARM_REACHED_DEG = 175;
    static final double BIRD_DOG_HIP_REACHED_DEG = 0;
    /** Dead bug at rest: arms square to the trunk (at the ceiling), hips and knees at right angles. */
    static final double DEAD_BUG_ARM_REST_DEG = 90;
    static final double DEAD_BUG_HIP_REST_DEG = 90;
    static final double DEAD_BUG_KNEE_REST_DEG = 90;
    /** Dead bug, reached out: the arm overhead, just off the floor; the leg straight, the heel a hand's breadth up. */
    static final double DEAD_BUG_ARM_REACHED_DEG = 170;
    static final double DEAD_BUG_HIP_REACHED_DEG = 20;
    /**
     * Where the lying body's pelvis centre is: its joint centre a pelvis's half depth above the
     * floor, its feet towards +x, so the body lies across the middle of the side view.
     */
    static final double DEAD_BUG_PELVIS_X = 0.3;
    /** Sitting on the floor, the step between crouching and lying back: knees up, leaning back a little. Our choice. */
    static final double SIT_PITCH_DEG = -15;
    static final double SIT_HIP_DEG = 105;
    static final double SIT_KNEE_DEG = 120;

    private ReachPoses() {
    }

    /** A bird-dog at {@code depth}, the {@code arm}'s side reaching and the opposite leg; hands stay at {@code handX}. */
    static BodyPose birdDog(Anthropometry body, double handX, Side arm, double depth, UnaryOperator<BodyPose> spine) {
        BodyPose fours = FloorPoses.allFours(body, handX);
        Side leg = arm.opposite();
        Joint shoulder = Joint.LEFT_SHOULDER_FLEXION.on(arm);
        Joint elbow = Joint.LEFT_ELBOW_FLEXION.on(arm);
        Joint hip = Joint.LEFT_HIP_FLEXION.on(leg);
        Joint knee = Joint.LEFT_KNEE_FLEXION.on(leg);
        Joint ankle = Joint.LEFT_ANKLE_DORSIFLEXION.on(leg);
        BodyPose p = fours.with(shoulder, mix(fours.angle(shoulder), BIRD_DOG_ARM_REACHED_DEG, depth))
                .with(elbow, mix(fours.angle(elbow), 0, depth))
                .with(hip, mix(fours.angle(hip), BIRD_DOG_HIP_REACHED_DEG, depth))
                .with(knee, mix(fours.angle(knee), 0, depth))
                .with(ankle, mix(fours.angle(ankle), FloorPoses.ALL_FOURS_ANKLE_DORSIFLEXION / 2, depth));
        return spine.apply(p);
    }

    /** A dead bug at {@code depth}, the {@code arm}'s side reaching overhead and the opposite leg straightening. */
    static BodyPose deadBug(Anthropometry body, Side arm, double depth, UnaryOperator<BodyPose> spine) {
        Side leg = arm.opposite();
        BodyPose p = new BodyPose(new Root(new Vec3(DEAD_BUG_PELVIS_X, body.pelvisHalfWidths().sagittal(), 0), 0, -90, 0), Map.of())
                .withBothSides(Joint.LEFT_SHOULDER_FLEXION, DEAD_BUG_ARM_REST_DEG)
                .withBothSides(Joint.LEFT_HIP_FLEXION, DEAD_BUG_HIP_REST_DEG)
                .withBothSides(Joint.LEFT_KNEE_FLEXION, DEAD_BUG_KNEE_REST_DEG)
                .with(Joint.LEFT_SHOULDER_FLEXION.on(arm), mix(DEAD_BUG_ARM_REST_DEG, DEAD_BUG_ARM_REACHED_DEG, depth))
                .with(Joint.LEFT_HIP_FLEXION.on(leg), mix(DEAD_BUG_HIP_REST_DEG, DEAD_BUG_HIP_REACHED_DEG, depth))
                .with(Joint.LEFT_KNEE_FLEXION.on(leg), mix(DEAD_BUG_KNEE_REST_DEG, 0, depth));
        return spine.apply(p);
    }

    /** Sitting on the floor, knees up, hands by the hips: between a crouch and lying back for the dead bug. */
    static BodyPose sitting(Anthropometry body) {
        BodyPose p = new BodyPose(new Root(new Vec3(DEAD_BUG_PELVIS_X, 0, 0), 0, SIT_PITCH_DEG, 0), Map.of())
                .withBothSides(Joint.LEFT_HIP_FLEXION, SIT_HIP_DEG)
                .withBothSides(Joint.LEFT_KNEE_FLEXION, SIT_KNEE_DEG)
                .withBothSides(Joint.LEFT_SHOULDER_FLEXION, 20);
        BodyPose onFloor = ForwardKinematics.onFloor(body, p);
        // the buttocks, not the pelvis's joint centre, rest on the floor
        return onFloor.withRoot(onFloor.root().translated(new Vec3(0, Math.max(0, body.pelvisHalfWidths().sagittal()
                - onFloor.root().position().y()), 0)));
    }

    /**
     * An arched lower back lying on the back: the pelvis tips forward under a lumbar spine that
     * extends by as much, the thorax and the thighs staying where they are (the shoulders and the
     * legs' weight keep them): only the small of the back lifts off the floor.
     */
    static BodyPose archLyingOnTheBack(BodyPose p, double extension) {
        BodyPose out = p.with(Joint.PELVIS_TILT, p.angle(Joint.PELVIS_TILT) + extension)
                .with(Joint.LUMBAR_FLEXION, p.angle(Joint.LUMBAR_FLEXION) - extension);
        for (Side side : Side.values()) {
            Joint hip = Joint.LEFT_HIP_FLEXION.on(side);
            out = out.with(hip, p.angle(hip) + extension);
        }
        return out;
    }

    private static double mix(double a, double b, double t) {
        return a * (1 - t) + b * t;
    }
}
