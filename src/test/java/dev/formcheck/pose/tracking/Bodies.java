package dev.formcheck.pose.tracking;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Synthetic keypoint sets in frame pixels. */
final class Bodies {
    private Bodies() {
    }

    /**
     * A person standing facing the camera, hips centred at (x, 300): shoulders 100 px above the
     * hips, nose 140 above, ankles 140 below, every keypoint scoring {@code score}.
     */
    static Pose standing(long micros, double x, double score) {
        Map<BodyPart, double[]> at = new EnumMap<>(BodyPart.class);
        at.put(BodyPart.NOSE, new double[] {x, 160});
        at.put(BodyPart.LEFT_EYE, new double[] {x + 6, 154});
        at.put(BodyPart.RIGHT_EYE, new double[] {x - 6, 154});
        at.put(BodyPart.LEFT_EAR, new double[] {x + 12, 158});
        at.put(BodyPart.RIGHT_EAR, new double[] {x - 12, 158});
        at.put(BodyPart.LEFT_SHOULDER, new double[] {x + 30, 200});
        at.put(BodyPart.RIGHT_SHOULDER, new double[] {x - 30, 200});
        at.put(BodyPart.LEFT_ELBOW, new double[] {x + 36, 250});
        at.put(BodyPart.RIGHT_ELBOW, new double[] {x - 36, 250});
        at.put(BodyPart.LEFT_WRIST, new double[] {x + 38, 295});
        at.put(BodyPart.RIGHT_WRIST, new double[] {x - 38, 295});
        at.put(BodyPart.LEFT_HIP, new double[] {x + 20, 300});
        at.put(BodyPart.RIGHT_HIP, new double[] {x - 20, 300});
        at.put(BodyPart.LEFT_KNEE, new double[] {x + 20, 370});
        at.put(BodyPart.RIGHT_KNEE, new double[] {x - 20, 370});
        at.put(BodyPart.LEFT_ANKLE, new double[] {x + 20, 440});
        at.put(BodyPart.RIGHT_ANKLE, new double[] {x - 20, 440});
        List<Keypoint> points = new ArrayList<>();
        for (BodyPart part : BodyPart.values()) {
            points.add(new Keypoint(part, at.get(part)[0], at.get(part)[1], score));
        }
        return new Pose(micros, points);
    }

    /** {@code pose} with the given parts' scores replaced. */
    static Pose withScore(Pose pose, double score, BodyPart... parts) {
        List<Keypoint> points = new ArrayList<>(pose.keypoints());
        for (BodyPart part : parts) {
            Keypoint k = points.get(part.ordinal());
            points.set(part.ordinal(), new Keypoint(part, k.x(), k.y(), score));
        }
        return new Pose(pose.timestampMicros(), points);
    }

    /** {@code pose} with every keypoint's score replaced. */
    static Pose withScore(Pose pose, double score) {
        return withScore(pose, score, BodyPart.values());
    }

    static final BodyPart[] TORSO = {BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP};
}
