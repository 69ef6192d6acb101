package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
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
                symmetry(pose, view, BodySide::shoulder, BodySide::elbow, BodySide::wrist));
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
