package dev.formcheck.synthetic;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * The body face down on the floor, supported by its toes and its forearms or hands: a forearm
 * plank, a straight-arm plank, and a push-up at any elbow angle with the hands staying where they
 * are. The legs and trunk are pitched about the hips by {@code hipFlexion} (positive piked,
 * negative sagging), half each way, so the shoulder-hip-ankle angle is 180 minus it; then the
 * whole body is tipped until its arms reach the floor, the toes staying in place. Spine and neck
 * angles come in as a function on the pose, applied before the support is found, so a rounded
 * back still rests on the floor.
 */
final class FloorPoses {
    /** Where the tips of the toes rest: behind the standing spot, so the lying body is centred in the side view. */
    static final Vec3 TOES = new Vec3(-0.9, 0, 0);
    /** The elbow joint's centre above the floor when leaning on the forearm: about half a forearm's thickness. */
    static final double ELBOW_ABOVE_FLOOR = 0.045;
    /** The wrist joint's centre above the floor with the palm flat. */
    static final double WRIST_ABOVE_FLOOR = 0.05;
    /** Ankles: the feet at right angles to the shanks, up on the toes. Our choice. */
    static final double ANKLE_DORSIFLEXION = 0;
    /** Forearm plank: the forearms flat on the floor, pointing ahead. */
    static final double FOREARM_PLANK_ELBOW_FLEXION = 90;
    /** The body's pitch is searched between these degrees (forward from upright; 90 lies flat). */
    static final double MIN_PITCH = 20;
    static final double MAX_PITCH = 140;
    /** Bisection steps: the pitch to well under a thousandth of a degree. */
    static final int SOLVER_STEPS = 40;

    private FloorPoses() {
    }

    /** The forearm plank: upper arms vertical, forearms on the floor. */
    static BodyPose forearmPlank(Anthropometry body, double hipFlexion, UnaryOperator<BodyPose> spine) {
        double shoulderHeight = ELBOW_ABOVE_FLOOR + body.upperArm();
        double pitch = solvePitch(MIN_PITCH, MAX_PITCH, p -> rightShoulder(body, lying(body, p, hipFlexion, spine)).y() - shoulderHeight);
        return armsDown(body, lying(body, pitch, hipFlexion, spine), FOREARM_PLANK_ELBOW_FLEXION);
    }

    /** Where the right hand's wrist rests in a push-up: under the shoulder of a clean plank on straight, vertical arms. */
    static Vec3 pushUpHand(Anthropometry body) {
        double shoulderHeight = WRIST_ABOVE_FLOOR + body.upperArm() + body.forearm();
        UnaryOperator<BodyPose> none = UnaryOperator.identity();
        double pitch = solvePitch(MIN_PITCH, MAX_PITCH, p -> rightShoulder(body, lying(body, p, 0, none)).y() - shoulderHeight);
        Vec3 shoulder = rightShoulder(body, lying(body, pitch, 0, none));
        return new Vec3(shoulder.x(), WRIST_ABOVE_FLOOR, shoulder.z());
    }

    /**
     * On the hands at {@code rightHand} (the left mirrored), elbows at {@code elbowDegrees}
     * between upper arm and forearm (180 straight), pointing back towards the feet.
     */
    static BodyPose onHands(Anthropometry body, Vec3 rightHand, double elbowDegrees, double hipFlexion,
                            UnaryOperator<BodyPose> spine) {
        double upper = body.upperArm();
        double fore = body.forearm();
        double reach = Math.sqrt(upper * upper + fore * fore - 2 * upper * fore * Math.cos(Math.toRadians(elbowDegrees)));
        // Past the pitch where the shoulder sinks to the hand's height the distance grows again: search above it only.
        double level = solvePitch(MIN_PITCH, MAX_PITCH, p -> rightShoulder(body, lying(body, p, hipFlexion, spine)).y() - rightHand.y());
        double pitch = solvePitch(MIN_PITCH, level,
                p -> rightShoulder(body, lying(body, p, hipFlexion, spine)).distanceTo(rightHand) - reach);
        BodyPose p = lying(body, pitch, hipFlexion, spine);
        Skeleton s = ForwardKinematics.solve(body, p);
        Vec3 shoulder = s.point(Landmark.RIGHT_SHOULDER);
        Vec3 elbow = elbowBetween(shoulder, rightHand, upper, fore);
        double flexion = flexionTowards(s.frame(Segment.THORAX), elbow.minus(shoulder));
        return p.withBothSides(Joint.LEFT_SHOULDER_FLEXION, flexion)
                .withBothSides(Joint.LEFT_ELBOW_FLEXION, 180 - elbowDegrees);
    }

    /** Trunk and legs at {@code pitch} about the hips, toes on their spot; arms still hanging. */
    static BodyPose lying(Anthropometry body, double pitch, double hipFlexion, UnaryOperator<BodyPose> spine) {
        // Hip flexion turns the thighs forward of the pelvis, so the legs lie at pitch - hipFlexion.
        BodyPose p = new BodyPose(new Root(Vec3.ZERO, 0, pitch + hipFlexion / 2, 0), Map.of())
                .withBothSides(Joint.LEFT_HIP_FLEXION, hipFlexion)
                .withBothSides(Joint.LEFT_ANKLE_DORSIFLEXION, ANKLE_DORSIFLEXION);
        return ForwardKinematics.placeMidpoint(body, spine.apply(p), Landmark.LEFT_TOE, Landmark.RIGHT_TOE, TOES);
    }

    /** Upper arms straight down in the world, elbows bent {@code elbowFlexion}. */
    static BodyPose armsDown(Anthropometry body, BodyPose p, double elbowFlexion) {
        Rotation thorax = ForwardKinematics.solve(body, p).frame(Segment.THORAX);
        return p.withBothSides(Joint.LEFT_SHOULDER_FLEXION, flexionTowards(thorax, new Vec3(0, -1, 0)))
                .withBothSides(Joint.LEFT_ELBOW_FLEXION, elbowFlexion);
    }

    /** The shoulder flexion that points an arm hanging from {@code thorax} along {@code worldDirection} (in the sagittal plane). */
    private static double flexionTowards(Rotation thorax, Vec3 worldDirection) {
        Vec3 local = thorax.transposed().apply(worldDirection);
        return Math.toDegrees(Math.atan2(local.x(), -local.y()));
    }

    /** The elbow of a two-link arm from shoulder to hand, in their vertical plane, on the side towards the feet (-x). */
    private static Vec3 elbowBetween(Vec3 shoulder, Vec3 hand, double upper, double fore) {
        double dx = hand.x() - shoulder.x();
        double dy = hand.y() - shoulder.y();
        double d = Math.hypot(dx, dy);
        double along = (upper * upper - fore * fore + d * d) / (2 * d);
        double across = Math.sqrt(Math.max(0, upper * upper - along * along));
        double mx = shoulder.x() + along * dx / d;
        double my = shoulder.y() + along * dy / d;
        Vec3 a = new Vec3(mx - across * dy / d, my + across * dx / d, shoulder.z());
        Vec3 b = new Vec3(mx + across * dy / d, my - across * dx / d, shoulder.z());
        return a.x() < b.x() ? a : b;
    }

    private static Vec3 rightShoulder(Anthropometry body, BodyPose p) {
        return ForwardKinematics.solve(body, p).point(Landmark.RIGHT_SHOULDER);
    }

    /** The pitch at which {@code error} (positive while the body is too high) is zero, by bisection. */
    private static double solvePitch(double from, double to, DoubleUnaryOperator error) {
        double lo = from;
        double hi = to;
        if (!(error.applyAsDouble(lo) > 0 && error.applyAsDouble(hi) < 0)) {
            throw new IllegalArgumentException("this body cannot rest on its toes and arms between "
                    + from + " and " + to + " degrees of pitch");
        }
        for (int i = 0; i < SOLVER_STEPS; i++) {
            double mid = (lo + hi) / 2;
            if (error.applyAsDouble(mid) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /**
     * On hands and knees, thighs vertical, shins on the floor, hands under the shoulders at
     * {@code handX}: the step between crouching and the plank when getting down. Our choice of angles.
     */
    static BodyPose allFours(Anthropometry body, double handX) {
        BodyPose p = new BodyPose(new Root(Vec3.ZERO, 0, ALL_FOURS_PITCH, 0), Map.of())
                .withBothSides(Joint.LEFT_HIP_FLEXION, ALL_FOURS_PITCH)
                .withBothSides(Joint.LEFT_KNEE_FLEXION, ALL_FOURS_KNEE_FLEXION)
                .withBothSides(Joint.LEFT_ANKLE_DORSIFLEXION, ALL_FOURS_ANKLE_DORSIFLEXION);
        p = ForwardKinematics.onFloor(body, armsDown(body, p, 0));
        double wristX = ForwardKinematics.solve(body, p).point(Landmark.RIGHT_WRIST).x();
        return p.withRoot(p.root().translated(new Vec3(handX - wristX, 0, 0)));
    }

    /** Trunk pitch on all fours: the shoulders a little above the hips, as the arms are longer than the thighs. */
    static final double ALL_FOURS_PITCH = 80;
    /** Knees bent a little past a right angle, so the shins rest on the floor. */
    static final double ALL_FOURS_KNEE_FLEXION = 100;
    /** Feet pointed back along the floor. */
    static final double ALL_FOURS_ANKLE_DORSIFLEXION = -60;
}
