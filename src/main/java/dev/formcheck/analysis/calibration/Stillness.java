package dev.formcheck.analysis.calibration;

import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.Facing;
import dev.formcheck.kinematics.KeypointVisibility;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the frames of a calibration stream show one person holding still: a neutral posture is
 * measured on someone standing or sitting still, and a median over a person walking past, turning
 * round, or two people taking turns in front of the camera is no neutral at all. Photos are each
 * one deliberate pose and are not checked.
 *
 * <p>Measured on the trunk (shoulders and hips, or both shoulders where the hips are out of view):
 * the hips' travel across the frame (the shoulders' without hips) and the trunk's change of size
 * over the frames, in the trunk's own size so that the distance to the camera does not matter
 * (sideways: a hinge or a knee bend moves the shoulders and drops the hips, which is a posture
 * to leave out of the medians, not a walk), between the 10th and 90th percentiles so a few frames
 * with a mislabelled keypoint do not decide; and, for turning, the share of frames facing the
 * other way or seen from another side.
 */
public final class Stillness {
    /** Frames below and above which a percentile range ignores outliers. */
    private static final double LOW = 0.1;
    private static final double HIGH = 0.9;

    private Stillness() {
    }

    /** Why the stream is not one person holding still, in the user's words; empty when it is (or too few frames show a trunk to tell). */
    public static Optional<String> whyNot(List<CalibrationSample> samples, CalibrationCriteria criteria) {
        if (criteria.minFrames() == CalibrationCriteria.MIN_FRAMES_PHOTOS) {
            return Optional.empty();
        }
        StillnessLimits limits = criteria.still();
        List<Double> xs = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        int left = 0;
        int right = 0;
        int front = 0;
        int sideOn = 0;
        for (CalibrationSample s : samples) {
            if (s.pose().isEmpty()) {
                continue;
            }
            Optional<Facing> facing = s.frame().facing();
            if (facing.isPresent()) {
                if (facing.get() == Facing.LEFT) {
                    left++;
                } else {
                    right++;
                }
            }
            CameraView view = s.frame().view().view();
            if (view == CameraView.FRONT) {
                front++;
            } else if (view == CameraView.SIDE || view == CameraView.OBLIQUE) {
                sideOn++;
            }
            trunk(s.pose().get()).ifPresent(t -> {
                xs.add(t[0]);
                sizes.add(t[2]);
            });
        }
        if (sizes.size() >= criteria.minFrames()) {
            double size = percentile(sizes, 0.5);
            double travel = range(xs) / size;
            if (travel > limits.maxTravel()) {
                return Optional.of(String.format(Locale.ROOT, "you moved across the camera's view (%.1f times your trunk's"
                        + " length; still is under %.1f): walking, or shifting about. Hold still in one place.", travel, limits.maxTravel()));
            }
            double growth = percentile(sizes, HIGH) / percentile(sizes, LOW);
            if (growth > limits.maxSizeChange()) {
                return Optional.of(String.format(Locale.ROOT, "the person in view grew or shrank by %.0f%% (still is under"
                        + " %.0f%%): someone else came into view, or you moved towards or away from the camera."
                        + " Be the only one in view, and hold still.", (growth - 1) * 100, (limits.maxSizeChange() - 1) * 100));
            }
        }
        int faced = left + right;
        if (faced > 0 && Math.min(left, right) > limits.maxTurnShare() * faced
                || front + sideOn > 0 && Math.min(front, sideOn) > limits.maxTurnShare() * (front + sideOn)) {
            return Optional.of("you turned while the camera measured you (some frames saw you from one side, others"
                    + " from another or from the front). Keep facing one way and hold still.");
        }
        return Optional.empty();
    }

    /** x and y of the hips (of the shoulders without hips) and the trunk's size in pixels: shoulders to hips, or across the shoulders without hips. */
    private static Optional<double[]> trunk(Pose pose) {
        Optional<double[]> shoulders = middle(pose, BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER);
        Optional<double[]> hips = middle(pose, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP);
        if (shoulders.isEmpty()) {
            return Optional.empty();
        }
        double[] s = shoulders.get();
        if (hips.isPresent()) {
            double[] h = hips.get();
            double size = Math.hypot(s[0] - h[0], s[1] - h[1]);
            return size > 0 ? Optional.of(new double[] {h[0], h[1], size}) : Optional.empty();
        }
        Keypoint l = pose.get(BodyPart.LEFT_SHOULDER);
        Keypoint r = pose.get(BodyPart.RIGHT_SHOULDER);
        if (!KeypointVisibility.isVisible(l) || !KeypointVisibility.isVisible(r)) {
            return Optional.empty();
        }
        double width = Math.hypot(l.x() - r.x(), l.y() - r.y());
        return width > 0 ? Optional.of(new double[] {s[0], s[1], width}) : Optional.empty();
    }

    /** The middle of the visible ones of two keypoints (one alone when only it shows). */
    private static Optional<double[]> middle(Pose pose, BodyPart a, BodyPart b) {
        Keypoint ka = pose.get(a);
        Keypoint kb = pose.get(b);
        boolean va = KeypointVisibility.isVisible(ka);
        boolean vb = KeypointVisibility.isVisible(kb);
        if (va && vb) {
            return Optional.of(new double[] {(ka.x() + kb.x()) / 2, (ka.y() + kb.y()) / 2});
        }
        if (va || vb) {
            Keypoint k = va ? ka : kb;
            return Optional.of(new double[] {k.x(), k.y()});
        }
        return Optional.empty();
    }

    private static double range(List<Double> values) {
        return percentile(values, HIGH) - percentile(values, LOW);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.round(p * (sorted.size() - 1)));
    }
}
