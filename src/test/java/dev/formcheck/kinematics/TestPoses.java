package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made poses: keypoints placed one by one, every other keypoint at the origin with score 0
 * (not visible).
 */
final class TestPoses {
    static final double SEEN = 0.9;

    private final long micros;
    private final Map<BodyPart, Keypoint> points = new EnumMap<>(BodyPart.class);

    private TestPoses(long micros) {
        this.micros = micros;
    }

    static TestPoses at(long micros) {
        return new TestPoses(micros);
    }

    TestPoses put(BodyPart part, double x, double y) {
        return put(part, x, y, SEEN);
    }

    TestPoses put(BodyPart part, double x, double y, double score) {
        points.put(part, new Keypoint(part, x, y, score));
        return this;
    }

    /** The same point for both sides (a side view where near and far coincide). */
    TestPoses both(BodyPart leftPart, double x, double y, double nearScore, double farScore, BodySide near) {
        BodyPart right = BodySide.mirror(leftPart);
        put(near == BodySide.LEFT ? leftPart : right, x, y, nearScore);
        put(near == BodySide.LEFT ? right : leftPart, x, y, farScore);
        return this;
    }

    Pose build() {
        List<Keypoint> out = new ArrayList<>();
        for (BodyPart part : BodyPart.values()) {
            out.add(points.getOrDefault(part, new Keypoint(part, 0, 0, 0)));
        }
        return new Pose(micros, out);
    }

    /** {@code pose} with {@code parts}' scores replaced. */
    static Pose withScore(Pose pose, double score, BodyPart... parts) {
        List<Keypoint> out = new ArrayList<>(pose.keypoints());
        for (BodyPart part : parts) {
            Keypoint k = out.get(part.ordinal());
            out.set(part.ordinal(), new Keypoint(part, k.x(), k.y(), score));
        }
        return new Pose(pose.timestampMicros(), out);
    }

    /** {@code pose} at another time. */
    static Pose at(Pose pose, long micros) {
        return new Pose(micros, pose.keypoints());
    }

    /**
     * A person standing side-on facing the image's right edge, left side towards the camera,
     * hips at (300, 300), 100 px from hip to shoulder; far side 2 px behind with score 0.6.
     */
    static Pose standingSideOnFacingRight(long micros) {
        TestPoses p = at(micros);
        BodySide near = BodySide.LEFT;
        p.put(BodyPart.NOSE, 322, 172);
        p.both(BodyPart.LEFT_EYE, 316, 168, SEEN, 0.6, near);
        p.both(BodyPart.LEFT_EAR, 300, 172, SEEN, 0.6, near);
        p.both(BodyPart.LEFT_SHOULDER, 300, 200, SEEN, 0.6, near);
        p.both(BodyPart.LEFT_ELBOW, 302, 250, SEEN, 0.6, near);
        p.both(BodyPart.LEFT_WRIST, 306, 295, SEEN, 0.6, near);
        p.both(BodyPart.LEFT_HIP, 300, 300, SEEN, 0.6, near);
        p.both(BodyPart.LEFT_KNEE, 300, 385, SEEN, 0.6, near);
        p.both(BodyPart.LEFT_ANKLE, 300, 470, SEEN, 0.6, near);
        return p.build();
    }
}
