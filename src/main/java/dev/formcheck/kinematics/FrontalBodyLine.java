package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.EnumSet;
import java.util.Optional;

/**
 * The body's line across the frame when it lies sideways to a camera it faces: a side plank seen
 * from the front. Its straightness is in the image plane there, so the midpoints of the shoulders,
 * hips and ankles show it at full size, while the side-on body line ({@link BodyAngles#bodyLineToAnkle()})
 * has nothing to read from this view.
 *
 * @param angle shoulders-hips-ankles (each pair's midpoint): 180 straight; above 180 the hips lie
 *     below the shoulder-ankle line in the image (towards the floor: sagging), below 180 above it
 *     (piked), the same convention as the side-on body line. Needs the camera in front
 *     ({@link ViewRequirement#FACING_CAMERA}) and all six points.
 * @param sideDown the side whose shoulder is lower in the image: the side the body rests on (the
 *     elbow on the floor); present when the angle is
 */
public record FrontalBodyLine(Measurement angle, Optional<BodySide> sideDown) {
    /** Not measured (hand-built frames, or no person). */
    public static final FrontalBodyLine NOT_MEASURED = new FrontalBodyLine(NotVisible.of(EnumSet.of(
            BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP,
            BodyPart.LEFT_ANKLE, BodyPart.RIGHT_ANKLE)), Optional.empty());

    public FrontalBodyLine {
        if (angle == null || sideDown == null) {
            throw new IllegalArgumentException("a frontal body line needs a measurement and a side (Optional.empty())");
        }
    }

    /** A measured line with the side it rests on (tests and hand-built frames). */
    public static FrontalBodyLine of(double degrees, BodySide sideDown) {
        return new FrontalBodyLine(Measurement.of(degrees), Optional.of(sideDown));
    }

    /** The line of one pose in one view. */
    public static FrontalBodyLine measure(Pose pose, ViewEstimate view) {
        BodyPart[] parts = {BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP,
                BodyPart.LEFT_ANKLE, BodyPart.RIGHT_ANKLE};
        Optional<NotVisible> hidden = KeypointVisibility.require(pose, parts);
        if (hidden.isPresent()) {
            return new FrontalBodyLine(hidden.get(), Optional.empty());
        }
        if (ViewRequirement.FACING_CAMERA.check(view) instanceof WrongView wrong) {
            return new FrontalBodyLine(wrong, Optional.empty());
        }
        Keypoint shoulders = middle(pose, BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER);
        Keypoint hips = middle(pose, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP);
        Keypoint ankles = middle(pose, BodyPart.LEFT_ANKLE, BodyPart.RIGHT_ANKLE);
        double interior = Angles.interiorAngle(shoulders, hips, ankles);
        if (Double.isNaN(interior)) {
            return new FrontalBodyLine(NotVisible.of(EnumSet.of(BodyPart.LEFT_HIP, parts)), Optional.empty());
        }
        double line = hipsBelowTheLine(shoulders, hips, ankles) ? 360 - interior : interior;
        BodySide down = pose.get(BodyPart.LEFT_SHOULDER).y() >= pose.get(BodyPart.RIGHT_SHOULDER).y()
                ? BodySide.LEFT : BodySide.RIGHT;
        return new FrontalBodyLine(Measurement.of(line), Optional.of(down));
    }

    /** Whether the hips lie lower in the image (larger y) than the shoulder-ankle line at their place along it. */
    private static boolean hipsBelowTheLine(Keypoint s, Keypoint h, Keypoint a) {
        double ux = a.x() - s.x();
        double uy = a.y() - s.y();
        double t = ((h.x() - s.x()) * ux + (h.y() - s.y()) * uy) / (ux * ux + uy * uy);
        return h.y() > s.y() + t * uy;
    }

    private static Keypoint middle(Pose pose, BodyPart a, BodyPart b) {
        Keypoint p = pose.get(a);
        Keypoint q = pose.get(b);
        return new Keypoint(a, (p.x() + q.x()) / 2, (p.y() + q.y()) / 2, Math.min(p.score(), q.score()));
    }
}
