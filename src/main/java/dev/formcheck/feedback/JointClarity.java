package dev.formcheck.feedback;

import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.BodySide;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.tracking.TrackedPose;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Whether a joint angle's number is shown or "not seen": a number is shown only when every
 * keypoint it is built from scored at least {@code angles.shown_min_score}. The measuring gate (0.3,
 * {@code KeypointVisibility}) lets an angle be measured from keypoints the model only half
 * believes; on the shared push-up video, an arm against the light scored 0.32 at its weakest and
 * read an elbow of 5°, a position no elbow reaches. A display rule, so the judgement itself is
 * unchanged.
 */
public final class JointClarity {
    /** What a cell or a panel says in place of a number from keypoints the model was unsure of. */
    public static final String NOT_SEEN = "not seen";

    /** The keypoints of a joint on one side. */
    public enum Joint {
        HIP(s -> List.of(s.shoulder(), s.hip(), s.knee())),
        KNEE(s -> List.of(s.hip(), s.knee(), s.ankle())),
        ELBOW(s -> List.of(s.shoulder(), s.elbow(), s.wrist())),
        THIGH(s -> List.of(s.hip(), s.knee())),
        ARM(s -> List.of(s.hip(), s.shoulder(), s.elbow()));

        private final Function<BodySide, List<BodyPart>> parts;

        Joint(Function<BodySide, List<BodyPart>> parts) {
            this.parts = parts;
        }

        public List<BodyPart> parts(BodySide side) {
            return parts.apply(side);
        }

        /** The joint a rep's signal is measured at ("elbow angle", "thigh inclination"); empty for other signals. */
        public static Optional<Joint> ofSignal(String signalName) {
            String s = signalName.toLowerCase(java.util.Locale.ROOT);
            if (s.startsWith("thigh")) {
                return Optional.of(THIGH);
            }
            if (s.startsWith("hip angle")) {
                return Optional.of(HIP);
            }
            if (s.startsWith("knee")) {
                return Optional.of(KNEE);
            }
            if (s.startsWith("elbow")) {
                return Optional.of(ELBOW);
            }
            if (s.startsWith("arm")) {
                return Optional.of(ARM);
            }
            return Optional.empty();
        }
    }

    private final double minScore;

    public JointClarity(Thresholds thresholds) {
        this.minScore = thresholds.ratio("angles.shown_min_score");
    }

    /**
     * Whether {@code joint} is clear in {@code pose}: on {@code side} when the measurement says which
     * side it used, else on the better-seen side.
     */
    public boolean clear(Pose pose, Joint joint, Optional<BodySide> side) {
        return weakest(pose, joint, side) >= minScore;
    }

    /**
     * Whether {@code rep}'s bottom was measured from keypoints the model was sure of: the first of
     * {@code frames} at or after the bottom; a frame without a person, no frames (a kept session),
     * or a signal that is no joint, counts as seen.
     */
    public boolean bottomSeen(RepResult rep, List<TrackedPose> frames) {
        Optional<Joint> joint = Joint.ofSignal(rep.signalName());
        if (joint.isEmpty() || frames.isEmpty()) {
            return true;
        }
        int lo = 0;
        int hi = frames.size() - 1;
        while (lo < hi) { // the first frame at or after the bottom
            int mid = (lo + hi) >>> 1;
            if (frames.get(mid).timestampMicros() < rep.bottomMicros()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return !(frames.get(lo) instanceof TrackedPose.PersonFound found) || clear(found.smoothed(), joint.get(), Optional.empty());
    }

    /** The lowest score among the joint's keypoints, on {@code side} or the better-seen side. */
    static double weakest(Pose pose, Joint joint, Optional<BodySide> side) {
        if (side.isPresent()) {
            return weakestOn(pose, joint, side.get());
        }
        return Math.max(weakestOn(pose, joint, BodySide.LEFT), weakestOn(pose, joint, BodySide.RIGHT));
    }

    private static double weakestOn(Pose pose, Joint joint, BodySide side) {
        OptionalDouble min = joint.parts(side).stream().mapToDouble(p -> pose.get(p).score()).min();
        return min.orElse(0);
    }
}
