package dev.formcheck.desk;

import dev.formcheck.kinematics.Angles;
import dev.formcheck.kinematics.BodySide;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.KeypointVisibility;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Kinematics;
import dev.formcheck.kinematics.Measurement;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.tracking.TrackedPose;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Turns poses into {@link DeskMeasurement}s. The view comes first: kinematics' view detector when
 * the hips show (a side camera sees ear, shoulder and hip); a desk camera on the monitor usually
 * sees no hips, so head and both shoulders with both eyes visible, and no side view found, is
 * read as FRONT. Side metrics reuse kinematics' angles (near side, facing, swap repair), front
 * metrics are measured here on the shoulder line.
 *
 * <p>One per stream (kinematics keeps the near side and facing between frames); {@link #ofStill}
 * for a photo.
 */
public final class DeskMeasurer {
    private final Kinematics kinematics = Kinematics.withDefaults();

    /** One photo, with nothing before it. */
    public static DeskMeasurement ofStill(Pose pose) {
        return new DeskMeasurer().measure(pose);
    }

    /**
     * The next sample of a tracked stream. Presence at a desk is decided on evidence of absence:
     * the tracker's "no person" rests on the mean score of all 17 keypoints, and a person close to
     * a front webcam shows only head and shoulders, so that mean sits near its threshold (0.28-0.30
     * on the real desk-front frames of a slouch, with head and shoulders at 0.43-0.84). When the
     * tracker finds nobody but its raw keypoints still show the head and both shoulders, the user
     * is there and the raw keypoints are measured; nobody is only a frame without them.
     */
    public DeskMeasurement measure(TrackedPose tracked) {
        if (tracked instanceof TrackedPose.PersonFound found) {
            return measure(found.smoothed());
        }
        Pose raw = ((TrackedPose.NoPerson) tracked).raw();
        return headAndShouldersVisible(raw) ? measure(raw) : nobody(tracked.timestampMicros());
    }

    /** The next sample of a stream in which a person was found. */
    public DeskMeasurement measure(Pose pose) {
        long t = pose.timestampMicros();
        if (!anyUpperBodyVisible(pose)) {
            return DeskMeasurement.nobody(t);
        }
        KinematicFrame frame = kinematics.measure(pose);
        if (frame.view().view() == CameraView.SIDE && frame.side().isPresent()) {
            Map<DeskMetric, Double> side = sideMetrics(pose, frame, frame.side().get());
            if (side.containsKey(DeskMetric.TRUNK_INCLINATION)) {
                return new DeskMeasurement(t, true, DeskView.SIDE, side);
            }
        }
        boolean frontReadable = frame.view().view() == CameraView.FRONT || frame.view().view() == CameraView.UNKNOWN;
        if (frontReadable && visible(pose, BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER, BodyPart.LEFT_EYE, BodyPart.RIGHT_EYE)) {
            return new DeskMeasurement(t, true, DeskView.FRONT, frontMetrics(pose));
        }
        return new DeskMeasurement(t, true, DeskView.UNKNOWN, Map.of());
    }

    /** A frame in which tracking found nobody. */
    public DeskMeasurement nobody(long timestampMicros) {
        return DeskMeasurement.nobody(timestampMicros);
    }

    public void reset() {
        kinematics.reset();
    }

    private static Map<DeskMetric, Double> sideMetrics(Pose pose, KinematicFrame frame, BodySide near) {
        Map<DeskMetric, Double> m = new EnumMap<>(DeskMetric.class);
        put(m, DeskMetric.TRUNK_INCLINATION, frame.angles().trunkInclination());
        put(m, DeskMetric.HEAD_NECK, frame.angles().headNeck());
        Keypoint shoulder = pose.get(near.shoulder());
        Keypoint hip = pose.get(near.hip());
        if (KeypointVisibility.isVisible(shoulder) && KeypointVisibility.isVisible(hip)) {
            m.put(DeskMetric.TRUNK_LENGTH, Math.hypot(shoulder.x() - hip.x(), shoulder.y() - hip.y()));
            m.put(DeskMetric.NEAR_SHOULDER_Y, shoulder.y());
            m.put(DeskMetric.NEAR_HIP_Y, hip.y());
        }
        Keypoint ear = visibleEar(pose, near);
        if (ear != null && KeypointVisibility.isVisible(shoulder) && frame.facing().isPresent()) {
            m.put(DeskMetric.NECK_INCLINATION,
                    Angles.inclinationFromVertical(shoulder, ear, frame.facing().get()));
        }
        return m;
    }

    /** The near ear, or the far one when only it shows (side-on they project close together). */
    private static Keypoint visibleEar(Pose pose, BodySide near) {
        if (KeypointVisibility.isVisible(pose, near.ear())) {
            return pose.get(near.ear());
        }
        BodyPart far = (near == BodySide.LEFT ? BodySide.RIGHT : BodySide.LEFT).ear();
        return KeypointVisibility.isVisible(pose, far) ? pose.get(far) : null;
    }

    private static Map<DeskMetric, Double> frontMetrics(Pose pose) {
        Keypoint ls = pose.get(BodyPart.LEFT_SHOULDER);
        Keypoint rs = pose.get(BodyPart.RIGHT_SHOULDER);
        Keypoint le = pose.get(BodyPart.LEFT_EYE);
        Keypoint re = pose.get(BodyPart.RIGHT_EYE);
        double width = Math.hypot(ls.x() - rs.x(), ls.y() - rs.y());
        double sx = (ls.x() + rs.x()) / 2;
        double sy = (ls.y() + rs.y()) / 2;
        double ex = (le.x() + re.x()) / 2;
        double ey = (le.y() + re.y()) / 2;
        // unit vector from the right shoulder to the left, and the upward normal to it
        double ux = (ls.x() - rs.x()) / width;
        double uy = (ls.y() - rs.y()) / width;
        Map<DeskMetric, Double> m = new EnumMap<>(DeskMetric.class);
        m.put(DeskMetric.SHOULDER_WIDTH, width);
        m.put(DeskMetric.SHOULDER_X, sx);
        m.put(DeskMetric.SHOULDER_Y, sy);
        m.put(DeskMetric.EYES_X, ex);
        m.put(DeskMetric.EYES_Y, ey);
        m.put(DeskMetric.HEAD_HEIGHT, (sy - ey) / width);
        earsY(pose).ifPresent(y -> m.put(DeskMetric.NECK_LENGTH, (sy - y) / width));
        m.put(DeskMetric.SHOULDER_TILT, tiltDegrees(ls, rs));
        m.put(DeskMetric.HEAD_OFFSET, ((ex - sx) * ux + (ey - sy) * uy) / width);
        m.put(DeskMetric.EYE_TILT, tiltDegrees(le, re));
        return m;
    }

    /** How much lower the left point is than the right, as an angle of the line between them: + the left lower. */
    private static double tiltDegrees(Keypoint left, Keypoint right) {
        return Math.toDegrees(Math.atan2(left.y() - right.y(), Math.abs(left.x() - right.x())));
    }

    private static OptionalDouble earsY(Pose pose) {
        boolean l = KeypointVisibility.isVisible(pose, BodyPart.LEFT_EAR);
        boolean r = KeypointVisibility.isVisible(pose, BodyPart.RIGHT_EAR);
        if (l && r) {
            return OptionalDouble.of((pose.get(BodyPart.LEFT_EAR).y() + pose.get(BodyPart.RIGHT_EAR).y()) / 2);
        }
        return OptionalDouble.empty(); // one ear alone sits higher or lower as the head turns: no fair height
    }

    private static void put(Map<DeskMetric, Double> m, DeskMetric metric, Measurement value) {
        value.valueIfPresent().ifPresent(v -> m.put(metric, v));
    }

    private static boolean visible(Pose pose, BodyPart... parts) {
        return KeypointVisibility.missing(pose, parts).isEmpty();
    }

    /** The evidence a desk camera has of its user: both shoulders and a head keypoint. */
    static boolean headAndShouldersVisible(Pose pose) {
        return visible(pose, BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER) && anyUpperBodyVisible(pose);
    }

    private static boolean anyUpperBodyVisible(Pose pose) {
        boolean shoulder = KeypointVisibility.isVisible(pose, BodyPart.LEFT_SHOULDER)
                || KeypointVisibility.isVisible(pose, BodyPart.RIGHT_SHOULDER);
        boolean head = KeypointVisibility.isVisible(pose, BodyPart.NOSE) || KeypointVisibility.isVisible(pose, BodyPart.LEFT_EYE)
                || KeypointVisibility.isVisible(pose, BodyPart.RIGHT_EYE) || KeypointVisibility.isVisible(pose, BodyPart.LEFT_EAR)
                || KeypointVisibility.isVisible(pose, BodyPart.RIGHT_EAR);
        return shoulder && head;
    }
}
