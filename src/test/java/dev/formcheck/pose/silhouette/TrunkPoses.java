package dev.formcheck.pose.silhouette;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made side-on poses placed by their trunk: hips at one point, shoulders {@code trunk} pixels
 * away in the image direction {@code (sin a, -cos a)} (a = 0 standing, +90° lying with the head at
 * the image's right, -90° with the head at the left). Near and far keypoints coincide. Head, legs
 * and arms are placed along and across that line in shares of the trunk; arms hang on the belly's
 * side, away from the back.
 */
final class TrunkPoses {
    static final double SEEN = 0.9;
    static final double HIP_X = 320;
    static final double HIP_Y = 300;
    static final double TRUNK = 100;
    /** The farthest keypoint from the hip centre, in trunks: the ankles. */
    static final double ANKLE_REACH = 1.8;

    private final double angle;
    private final Map<BodyPart, Keypoint> points = new EnumMap<>(BodyPart.class);

    private TrunkPoses(double angleRadians) {
        this.angle = angleRadians;
    }

    /** A straight body (head, trunk and legs on one line) at {@code degrees} from upright, arms hanging on the belly's side. */
    static TrunkPoses body(double degrees) {
        TrunkPoses p = new TrunkPoses(Math.toRadians(degrees));
        p.both(BodyPart.LEFT_HIP, 0, 0);
        p.both(BodyPart.LEFT_SHOULDER, 1, 0);
        p.both(BodyPart.LEFT_EAR, 1.3, 0);
        p.put(BodyPart.NOSE, 1.35, -0.1);
        p.both(BodyPart.LEFT_EYE, 1.35, -0.05);
        p.both(BodyPart.LEFT_KNEE, -0.9, 0);
        p.both(BodyPart.LEFT_ANKLE, -ANKLE_REACH, 0);
        p.both(BodyPart.LEFT_ELBOW, 1, -0.5);
        p.both(BodyPart.LEFT_WRIST, 1, -1);
        return p;
    }

    /** A plank, the back up, head at the image's right. */
    static TrunkPoses plankHeadRight() {
        return body(90);
    }

    /** A plank, the back up, head at the image's left. */
    static TrunkPoses plankHeadLeft() {
        return body(-90);
    }

    /** Places {@code part} {@code along} trunks from the hip towards the shoulder and {@code behind} trunks towards the back. */
    TrunkPoses put(BodyPart part, double along, double behind) {
        return put(part, along, behind, SEEN);
    }

    TrunkPoses put(BodyPart part, double along, double behind, double score) {
        double[] p = image(along, behind);
        points.put(part, new Keypoint(part, p[0], p[1], score));
        return this;
    }

    /** Both sides' {@code leftPart} at one place. */
    TrunkPoses both(BodyPart leftPart, double along, double behind) {
        put(leftPart, along, behind);
        return put(BodyPart.valueOf("RIGHT_" + leftPart.name().substring("LEFT_".length())), along, behind);
    }

    /** Removes {@code parts} (score 0). */
    TrunkPoses hide(BodyPart... parts) {
        for (BodyPart part : parts) {
            points.remove(part);
        }
        return this;
    }

    /** The image point {@code along} trunks up the trunk from the hip and {@code behind} trunks towards the back. */
    double[] image(double along, double behind) {
        double[] up = up(angle);
        double[] back = backNormal(angle);
        return new double[] {HIP_X + TRUNK * (along * up[0] + behind * back[0]),
                HIP_Y + TRUNK * (along * up[1] + behind * back[1])};
    }

    double angleRadians() {
        return angle;
    }

    Pose build(long micros) {
        List<Keypoint> out = new ArrayList<>();
        for (BodyPart part : BodyPart.values()) {
            out.add(points.getOrDefault(part, new Keypoint(part, 0, 0, 0)));
        }
        return new Pose(micros, out);
    }

    Pose build() {
        return build(0);
    }

    /** The trunk's direction, hip to shoulder, for a body at {@code angle} from upright. */
    static double[] up(double angle) {
        return new double[] {Math.sin(angle), -Math.cos(angle)};
    }

    /**
     * The side the back is on: perpendicular to the trunk, towards the image's top when the body
     * leans forward either way (the back uppermost, as in a hinge or a plank).
     */
    static double[] backNormal(double angle) {
        double[] across = {Math.cos(angle), Math.sin(angle)};
        return across[1] > 0 ? new double[] {-across[0], -across[1]} : across;
    }
}
