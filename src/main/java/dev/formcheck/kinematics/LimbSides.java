package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Pose;

import java.util.EnumSet;
import java.util.Optional;

/**
 * How far apart the knees are in height, and which is the higher when one clearly is: what tells
 * the sides apart in exercises done one side at a time. In a lunge or split squat the back knee
 * drops towards the floor while the front thigh stays about level, so the higher knee is the front
 * leg's, seen from the side or from the front alike; standing, squatting, hinging or lying, the
 * knees are about level.
 *
 * @param kneeSplit the knees' height difference in the image as the angle a torso-long segment
 *     would rise to span it ({@code asin(difference / torso length)}, capped at 90): 0 level, about
 *     30-60 at a lunge's bottom; needs both knees, a shoulder and a hip
 * @param higherKnee the side whose knee is higher by at least {@link LimbSideRules#minKneeSplitDegrees()}; empty
 *     when the knees are about level or not both seen
 * @param armElevation the higher-raised arm's elevation: the angle at the shoulder between the trunk
 *     (shoulder to hip) and the upper arm (shoulder to elbow), 0 hanging, 90 level (forward or out to
 *     the side), 180 straight overhead; the larger of the arms seen, so either view and a one-arm
 *     press read it. What a press, a bird-dog and a dead bug move
 * @param raisedArm the side whose arm is raised at least {@link LimbSideRules#minReachDifferenceDegrees()} more
 *     than the other's (a bird-dog's or dead bug's reaching arm); empty when both are seen about
 *     level or either is not seen
 * @param kneeCave seen from the front, how far the knee that caves in more sits inside the line
 *     from its hip to its ankle, as the angle at the ankle between that line and the shank: 0 on
 *     the line, positive towards the other leg (knee valgus), negative outside it (knees pushed
 *     out over the toes). An angle, so neither the distance to the camera nor the thigh's
 *     foreshortening at a squat's bottom (it points at the camera there) changes it. Needs a
 *     front view ({@link CameraView#FRONT}: side-on, the knee's forward travel would read as
 *     caving) and both hips, knees and ankles
 */
public record LimbSides(Measurement kneeSplit, Optional<BodySide> higherKnee, Measurement armElevation,
                        Optional<BodySide> raisedArm, Measurement kneeCave) {
    /** Without the knees' tracking (tests and hand-built frames). */
    public LimbSides(Measurement kneeSplit, Optional<BodySide> higherKnee, Measurement armElevation,
                     Optional<BodySide> raisedArm) {
        this(kneeSplit, higherKnee, armElevation, raisedArm, KNEES_NOT_MEASURED);
    }

    /** The knees' tracking not measured. */
    private static final Measurement KNEES_NOT_MEASURED = NotVisible.of(EnumSet.of(BodyPart.LEFT_KNEE, BodyPart.RIGHT_KNEE));
    /** Said when the view does not show the knees' tracking. */
    public static final String FACE_FOR_KNEES = "Face the camera so I can see whether your knees track over your feet";

    /** Knees only (tests and hand-built frames). */
    public LimbSides(Measurement kneeSplit, Optional<BodySide> higherKnee) {
        this(kneeSplit, higherKnee, NotVisible.of(EnumSet.of(BodyPart.LEFT_ELBOW, BodyPart.RIGHT_ELBOW)), Optional.empty());
    }

    /** Not measured (hand-built frames, or no person). */
    public static final LimbSides NOT_MEASURED = new LimbSides(
            NotVisible.of(EnumSet.of(BodyPart.LEFT_KNEE, BodyPart.RIGHT_KNEE)), Optional.empty());

    public LimbSides {
        if (kneeSplit == null || higherKnee == null || armElevation == null || raisedArm == null || kneeCave == null) {
            throw new IllegalArgumentException("a knee split needs a measurement and a side (Optional.empty())");
        }
    }

    /** A knee clearly higher on {@code side}, a lunge's split (tests and hand-built frames). */
    public static LimbSides kneeHigherOn(BodySide side) {
        return new LimbSides(Measurement.of(45), Optional.of(side));
    }

    /** The knees and arms of one pose, and the knees' tracking where {@code view} is from the front; the shipped rules (tests). */
    public static LimbSides measure(Pose pose, ViewEstimate view) {
        return measure(pose, view, LimbSideRules.defaults());
    }

    /** The knees and arms of one pose, sides named by {@code rules}, and the knees' tracking where {@code view} is from the front. */
    public static LimbSides measure(Pose pose, ViewEstimate view, LimbSideRules rules) {
        LimbSides l = measure(pose, rules);
        return new LimbSides(l.kneeSplit(), l.higherKnee(), l.armElevation(), l.raisedArm(), kneeCave(pose, view));
    }

    /** A knee caving in by {@code degrees} seen from the front (tests and hand-built frames). */
    public static LimbSides kneeCaving(double degrees) {
        return new LimbSides(NOT_MEASURED.kneeSplit(), Optional.empty(), NOT_MEASURED.armElevation(), Optional.empty(),
                Measurement.of(degrees));
    }

    /** The worse knee's cave ({@link #kneeCave()}), or why it is not measured. */
    static Measurement kneeCave(Pose pose, ViewEstimate view) {
        Optional<NotVisible> hidden = KeypointVisibility.require(pose, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP,
                BodyPart.LEFT_KNEE, BodyPart.RIGHT_KNEE, BodyPart.LEFT_ANKLE, BodyPart.RIGHT_ANKLE);
        if (hidden.isPresent()) {
            return hidden.get();
        }
        if (view.view() != CameraView.FRONT) {
            return new WrongView(view.view(), FACE_FOR_KNEES);
        }
        double left = caveOf(pose, BodySide.LEFT);
        double right = caveOf(pose, BodySide.RIGHT);
        double worse = Double.isNaN(left) ? right : Double.isNaN(right) ? left : Math.max(left, right);
        return Double.isNaN(worse) ? KNEES_NOT_MEASURED : Measurement.of(worse);
    }

    /**
     * One knee's cave: the angle at its ankle from the ankle-hip line to the ankle-knee line,
     * positive when the knee lies on the other hip's side of that line. NaN when the points coincide.
     */
    private static double caveOf(Pose pose, BodySide side) {
        var hip = pose.get(side.hip());
        var knee = pose.get(side.knee());
        var ankle = pose.get(side.ankle());
        var otherHip = pose.get(side.opposite().hip());
        double lineX = hip.x() - ankle.x();
        double lineY = hip.y() - ankle.y();
        double kneeX = knee.x() - ankle.x();
        double kneeY = knee.y() - ankle.y();
        double angle = Angles.interiorAngle(hip, ankle, knee);
        if (Double.isNaN(angle) || Math.hypot(lineX, lineY) == 0 || Math.hypot(kneeX, kneeY) == 0) {
            return Double.NaN;
        }
        double kneeSideOfLine = Math.signum(lineX * kneeY - lineY * kneeX);
        double inwardSide = Math.signum(lineX * (otherHip.y() - ankle.y()) - lineY * (otherHip.x() - ankle.x()));
        return kneeSideOfLine == inwardSide ? angle : -angle;
    }

    /** The knees and arms of one pose (no view: the knees' tracking is not measured); the shipped rules (tests). */
    public static LimbSides measure(Pose pose) {
        return measure(pose, LimbSideRules.defaults());
    }

    /** The knees and arms of one pose, sides named by {@code rules} (no view: the knees' tracking is not measured). */
    public static LimbSides measure(Pose pose, LimbSideRules rules) {
        LimbSides knees = knees(pose, rules);
        double left = elevation(pose, BodySide.LEFT);
        double right = elevation(pose, BodySide.RIGHT);
        Optional<BodySide> raised = Double.isNaN(left) || Double.isNaN(right)
                || Math.abs(left - right) < rules.minReachDifferenceDegrees() ? Optional.empty()
                : Optional.of(left > right ? BodySide.LEFT : BodySide.RIGHT);
        return new LimbSides(knees.kneeSplit(), knees.higherKnee(), armElevation(pose), raised);
    }

    /** One arm's elevation, NaN when its hip, shoulder or elbow is not seen. */
    private static double elevation(Pose pose, BodySide side) {
        return KeypointVisibility.require(pose, side.hip(), side.shoulder(), side.elbow()).isEmpty()
                ? Angles.interiorAngle(pose.get(side.hip()), pose.get(side.shoulder()), pose.get(side.elbow()))
                : Double.NaN;
    }

    /** An arm in a frame made by hand: raised {@code degrees} from hanging (tests). */
    public static LimbSides armRaised(double degrees) {
        return new LimbSides(NOT_MEASURED.kneeSplit(), Optional.empty(), Measurement.of(degrees), Optional.empty());
    }

    /** One arm reaching on {@code side}, raised {@code degrees} from hanging (tests). */
    public static LimbSides armReaching(BodySide side, double degrees) {
        return new LimbSides(NOT_MEASURED.kneeSplit(), Optional.empty(), Measurement.of(degrees), Optional.of(side));
    }

    private static Measurement armElevation(Pose pose) {
        double left = elevation(pose, BodySide.LEFT);
        double right = elevation(pose, BodySide.RIGHT);
        double highest = Double.isNaN(left) ? right : Double.isNaN(right) ? left : Math.max(left, right);
        return Double.isNaN(highest)
                ? NotVisible.of(EnumSet.of(BodyPart.LEFT_ELBOW, BodyPart.RIGHT_ELBOW, BodyPart.LEFT_SHOULDER))
                : Measurement.of(highest);
    }

    private static LimbSides knees(Pose pose, LimbSideRules rules) {
        double torso = Torso.length(pose);
        Optional<NotVisible> hidden = KeypointVisibility.require(pose, BodyPart.LEFT_KNEE, BodyPart.RIGHT_KNEE);
        if (hidden.isPresent()) {
            return new LimbSides(hidden.get(), Optional.empty());
        }
        if (!(torso > 0)) {
            return new LimbSides(NotVisible.of(EnumSet.of(BodyPart.LEFT_SHOULDER, BodyPart.LEFT_HIP)), Optional.empty());
        }
        // image y grows downward: the higher knee has the smaller y
        double leftAbove = pose.get(BodyPart.RIGHT_KNEE).y() - pose.get(BodyPart.LEFT_KNEE).y();
        double split = Math.toDegrees(Math.asin(Math.min(1, Math.abs(leftAbove) / torso)));
        Optional<BodySide> higher = split < rules.minKneeSplitDegrees() ? Optional.empty()
                : Optional.of(leftAbove > 0 ? BodySide.LEFT : BodySide.RIGHT);
        return new LimbSides(Measurement.of(split), higher);
    }
}
