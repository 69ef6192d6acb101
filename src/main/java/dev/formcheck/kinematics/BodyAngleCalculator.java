package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.EnumSet;
import java.util.Optional;

/**
 * Computes {@link BodyAngles} from one pose, given its near side, facing and view. For each angle,
 * in order: the keypoints it needs must be visible ({@link NotVisible} otherwise), the view must
 * support it ({@link WrongView}), and a signed angle needs the facing. Stateless.
 */
public final class BodyAngleCalculator {
    /** Shown when a signed angle needs to know which way the body faces and neither the face nor a bent knee tells. */
    public static final String FACING_UNKNOWN_MESSAGE = "I can't tell which way you're facing - keep your head in view";

    private BodyAngleCalculator() {
    }

    public static BodyAngles compute(Pose pose, BodySide near, Optional<Facing> facing, ViewEstimate view) {
        BodyPart shoulder = near.shoulder();
        BodyPart hip = near.hip();
        BodyPart knee = near.knee();
        BodyPart ankle = near.ankle();
        return new BodyAngles(
                sagittal(pose, facing, view, f -> Angles.inclinationFromVertical(pose.get(hip), pose.get(shoulder), f), hip, shoulder),
                sagittal(pose, facing, view, f -> Angles.angleOnFront(pose.get(shoulder), pose.get(hip), pose.get(knee), f), shoulder, hip, knee),
                sagittal(pose, facing, view, f -> Angles.angleOnBack(pose.get(hip), pose.get(knee), pose.get(ankle), f), hip, knee, ankle),
                sagittal(pose, facing, view, f -> Angles.angleOnFront(pose.get(shoulder), pose.get(hip), pose.get(ankle), f), shoulder, hip, ankle),
                headNeck(pose, near, facing, view),
                interior(pose, view, ViewRequirement.ANY, BodyPart.LEFT_SHOULDER, BodyPart.LEFT_ELBOW, BodyPart.LEFT_WRIST),
                interior(pose, view, ViewRequirement.ANY, BodyPart.RIGHT_SHOULDER, BodyPart.RIGHT_ELBOW, BodyPart.RIGHT_WRIST),
                symmetry(pose, view, BodySide::hip, BodySide::knee, BodySide::ankle),
                symmetry(pose, view, BodySide::shoulder, BodySide::hip, BodySide::knee),
                symmetry(pose, view, BodySide::shoulder, BodySide::elbow, BodySide::wrist),
                thighInclination(pose, near, view),
                bodyIncline(pose, near, view));
    }

    /**
     * How far the thigh points below the horizontal ({@link BodyAngles#thighInclination()}):
     * {@code asin((knee.y - hip.y) / L)} with {@code L} the thigh's length in the image side-on,
     * the longer of thigh and shin in any other view.
     *
     * <p>Only the thigh's vertical drop is read, and a roughly level camera shows that at full size
     * from any side; what a view changes is how long the thigh looks. Side-on it shows whole. From
     * the front a thigh pointing at the camera is foreshortened, but the shin, close to vertical,
     * keeps about the thigh's length (Winter's segment tables: thigh 0.245, shank 0.246 of
     * height), so the longer of the two stands for the thigh's true length there
     * ({@link ViewRequirement#ANY}). Side-on the thigh's own length is used even when the shin looks
     * longer: on the real squat video MoveNet's shin reads 10-15% longer than its thigh standing
     * side-on, and the longer one made a standing thigh read 60-70 deg instead of 80-90. Without
     * the ankle only a side view can trust the thigh's own length, so the ankle is required in any
     * other view. From the front both legs are seen
     * alike, so their mean is taken when both can be measured; otherwise the near leg.
     */
    static Measurement thighInclination(Pose pose, BodySide near, ViewEstimate view) {
        boolean ankleOptional = view.view() == CameraView.SIDE;
        Measurement nearLeg = thighInclination(pose, near, ankleOptional);
        if (view.view() != CameraView.FRONT) {
            return nearLeg;
        }
        Measurement farLeg = thighInclination(pose, near.opposite(), ankleOptional);
        if (nearLeg instanceof Measurement.Value a && farLeg instanceof Measurement.Value b) {
            return Measurement.of((a.degrees() + b.degrees()) / 2);
        }
        return nearLeg.isPresent() || !farLeg.isPresent() ? nearLeg : farLeg;
    }

    private static Measurement thighInclination(Pose pose, BodySide leg, boolean ankleOptional) {
        BodyPart hip = leg.hip();
        BodyPart knee = leg.knee();
        BodyPart ankle = leg.ankle();
        boolean sideOn = ankleOptional;
        Optional<NotVisible> hidden = ankleOptional
                ? KeypointVisibility.require(pose, hip, knee)
                : KeypointVisibility.require(pose, hip, knee, ankle);
        if (hidden.isPresent()) {
            return hidden.get();
        }
        double thigh = Angles.distance(pose.get(hip), pose.get(knee));
        double shin = !sideOn && KeypointVisibility.isVisible(pose, ankle) ? Angles.distance(pose.get(knee), pose.get(ankle)) : 0;
        return value(Angles.belowHorizontal(pose.get(hip), pose.get(knee), Math.max(thigh, shin)), hip, knee);
    }

    /**
     * How high the lower of the visible wrists is above the ankles ({@link KinematicFrame#handHeight()}):
     * {@code asin((ankle.y - wrist.y) / shin)}, clamped to -90..90, with the ankle and shin of the
     * near leg (else the other). Only heights are read, and the shin is close to vertical from any
     * side, so any view serves. A hand at the floor reads about 0; hands held at the chest or
     * hanging at the thighs read 90 (at or above the knees).
     */
    static Measurement handHeight(Pose pose, BodySide near) {
        BodySide leg = KeypointVisibility.require(pose, near.knee(), near.ankle()).isEmpty() ? near : near.opposite();
        Optional<NotVisible> hidden = KeypointVisibility.require(pose, leg.knee(), leg.ankle());
        if (hidden.isPresent()) {
            return hidden.get();
        }
        boolean left = KeypointVisibility.isVisible(pose, BodyPart.LEFT_WRIST);
        boolean right = KeypointVisibility.isVisible(pose, BodyPart.RIGHT_WRIST);
        if (!left && !right) {
            return NotVisible.of(EnumSet.of(BodyPart.LEFT_WRIST, BodyPart.RIGHT_WRIST));
        }
        Keypoint lower = !right ? pose.get(BodyPart.LEFT_WRIST) : !left ? pose.get(BodyPart.RIGHT_WRIST)
                : pose.get(BodyPart.LEFT_WRIST).y() >= pose.get(BodyPart.RIGHT_WRIST).y()
                ? pose.get(BodyPart.LEFT_WRIST) : pose.get(BodyPart.RIGHT_WRIST);
        double shin = Angles.distance(pose.get(leg.knee()), pose.get(leg.ankle()));
        double degrees = Angles.belowHorizontal(lower, pose.get(leg.ankle()), shin);
        return Double.isNaN(degrees) ? NotVisible.of(EnumSet.of(leg.knee(), leg.ankle())) : Measurement.of(degrees);
    }

    /** Shoulder→ankle against the horizontal ({@link BodyAngles#bodyIncline()}): near side, side-on, unsigned so no facing needed. */
    static Measurement bodyIncline(Pose pose, BodySide near, ViewEstimate view) {
        BodyPart shoulder = near.shoulder();
        BodyPart ankle = near.ankle();
        Optional<NotVisible> hidden = KeypointVisibility.require(pose, shoulder, ankle);
        if (hidden.isPresent()) {
            return hidden.get();
        }
        if (ViewRequirement.SIDE_ON.check(view) instanceof WrongView wrong) {
            return wrong;
        }
        return value(Angles.againstHorizontal(pose.get(shoulder), pose.get(ankle)), shoulder, ankle);
    }

    /** The ear-shoulder-hip line, with the far ear standing in when the near one is not visible (side-on they project within a few centimetres). */
    static Measurement headNeck(Pose pose, BodySide near, Optional<Facing> facing, ViewEstimate view) {
        BodyPart ear = KeypointVisibility.isVisible(pose, near.ear()) || !KeypointVisibility.isVisible(pose, near.opposite().ear())
                ? near.ear() : near.opposite().ear();
        BodyPart shoulder = near.shoulder();
        BodyPart hip = near.hip();
        return sagittal(pose, facing, view, f -> Angles.angleOnFront(pose.get(ear), pose.get(shoulder), pose.get(hip), f), ear, shoulder, hip);
    }

    @FunctionalInterface
    private interface SignedAngle {
        double of(Facing facing);
    }

    private static Measurement sagittal(Pose pose, Optional<Facing> facing, ViewEstimate view, SignedAngle angle, BodyPart... parts) {
        Optional<NotVisible> hidden = KeypointVisibility.require(pose, parts);
        if (hidden.isPresent()) {
            return hidden.get();
        }
        ViewCheck check = ViewRequirement.SIDE_ON.check(view);
        if (check instanceof WrongView wrong) {
            return wrong;
        }
        if (facing.isEmpty()) {
            return facingUnknown();
        }
        return value(angle.of(facing.get()), parts);
    }

    private static Measurement interior(Pose pose, ViewEstimate view, ViewRequirement requirement, BodyPart a, BodyPart vertex, BodyPart c) {
        Optional<NotVisible> hidden = KeypointVisibility.require(pose, a, vertex, c);
        if (hidden.isPresent()) {
            return hidden.get();
        }
        ViewCheck check = requirement.check(view);
        if (check instanceof WrongView wrong) {
            return wrong;
        }
        return value(Angles.interiorAngle(pose.get(a), pose.get(vertex), pose.get(c)), a, vertex, c);
    }

    @FunctionalInterface
    private interface Joint {
        BodyPart on(BodySide side);
    }

    private static Measurement symmetry(Pose pose, ViewEstimate view, Joint a, Joint vertex, Joint c) {
        BodyPart[] parts = {a.on(BodySide.LEFT), vertex.on(BodySide.LEFT), c.on(BodySide.LEFT),
                a.on(BodySide.RIGHT), vertex.on(BodySide.RIGHT), c.on(BodySide.RIGHT)};
        Optional<NotVisible> hidden = KeypointVisibility.require(pose, parts);
        if (hidden.isPresent()) {
            return hidden.get();
        }
        ViewCheck check = ViewRequirement.FACING_CAMERA.check(view);
        if (check instanceof WrongView wrong) {
            return wrong;
        }
        double left = Angles.interiorAngle(pose.get(parts[0]), pose.get(parts[1]), pose.get(parts[2]));
        double right = Angles.interiorAngle(pose.get(parts[3]), pose.get(parts[4]), pose.get(parts[5]));
        return value(Angles.difference(left, right), parts);
    }

    /** A value, or "not visible" for a degenerate chain (two keypoints on the same pixel: no direction between them). */
    private static Measurement value(double degrees, BodyPart... parts) {
        if (Double.isNaN(degrees)) {
            return NotVisible.of(EnumSet.of(parts[0], parts));
        }
        return Measurement.of(degrees);
    }

    static NotVisible facingUnknown() {
        EnumSet<BodyPart> face = EnumSet.of(BodyPart.NOSE, BodyPart.LEFT_EAR, BodyPart.RIGHT_EAR);
        return new NotVisible(face, FACING_UNKNOWN_MESSAGE);
    }
}
