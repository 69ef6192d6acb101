package dev.formcheck.session;

import dev.formcheck.kinematics.CameraView;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.List;
import java.util.Optional;

/**
 * Before a set: is the person where the camera can judge them, and if not, the one thing to fix,
 * said as an instruction ("Step back: I can't see your feet"). FormCheck judges the back from the
 * side, with the whole body in the picture, big enough for the keypoints to be sure; the checks
 * run in the order a person would fix them (be in the picture, all of you, large enough, side-on).
 */
public final class PositionCheck {
    /** A keypoint counts as seen from this score: the skeleton overlay's own limit (media.SkeletonOverlay). */
    public static final double MIN_SCORE = 0.3;
    /** A keypoint this close to an edge (share of the frame) may be cut off: the body does not fit. */
    public static final double EDGE_MARGIN = 0.02;
    /**
     * The body's length from shoulder to ankle (shoulder-hip, hip-knee and knee-ankle added, so it is
     * the same standing, squatting or lying down) should be at least this share of the frame's
     * height: at 2.4 m a 1.75 m adult's is about 60% of a 4:3 webcam's height (the sample videos);
     * below 30%, about 5 m away, the lower back is a few pixels high.
     */
    public static final double MIN_BODY_SHARE = 0.3;

    /** The verdict: in position or not, and what to say either way. */
    public record Result(boolean ready, String say) {
    }

    private static final List<BodyPart> FEET = List.of(BodyPart.LEFT_ANKLE, BodyPart.RIGHT_ANKLE);
    private static final List<BodyPart> HEAD = List.of(BodyPart.NOSE, BodyPart.LEFT_EYE, BodyPart.RIGHT_EYE,
            BodyPart.LEFT_EAR, BodyPart.RIGHT_EAR);

    private PositionCheck() {
    }

    /**
     * @param pose the person's keypoints in frame pixels, empty when nobody is seen
     * @param view the camera's view of the person as kinematics reads it ({@link CameraView#UNKNOWN} raises nothing)
     */
    public static Result check(Optional<Pose> pose, int frameWidth, int frameHeight, CameraView view) {
        if (pose.isEmpty()) {
            return new Result(false, "Step into the picture: I can't see you");
        }
        Pose p = pose.get();
        double marginX = EDGE_MARGIN * frameWidth;
        double marginY = EDGE_MARGIN * frameHeight;
        if (FEET.stream().noneMatch(b -> seen(p.get(b)) && p.get(b).y() < frameHeight - marginY)) {
            return new Result(false, "Step back: I can't see your feet");
        }
        if (HEAD.stream().noneMatch(b -> seen(p.get(b)) && p.get(b).y() > marginY)) {
            return new Result(false, "Step back: I can't see your head");
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (Keypoint k : p.keypoints()) {
            if (seen(k)) {
                minX = Math.min(minX, k.x());
                maxX = Math.max(maxX, k.x());
            }
        }
        if (minX < marginX || maxX > frameWidth - marginX) {
            return new Result(false, "Move to the middle of the picture: part of you is cut off at the side");
        }
        if (Math.max(length(p, LEFT), length(p, RIGHT)) < MIN_BODY_SHARE * frameHeight) {
            return new Result(false, "Come closer: you are small in the picture");
        }
        return switch (view) {
            case FRONT -> new Result(false, "Turn side-on to the camera");
            case OBLIQUE -> new Result(false, "Turn a little more side-on to the camera");
            case SIDE, UNKNOWN -> new Result(true, "You're in position");
        };
    }

    private static final List<BodyPart> LEFT = List.of(BodyPart.LEFT_SHOULDER, BodyPart.LEFT_HIP, BodyPart.LEFT_KNEE,
            BodyPart.LEFT_ANKLE);
    private static final List<BodyPart> RIGHT = List.of(BodyPart.RIGHT_SHOULDER, BodyPart.RIGHT_HIP, BodyPart.RIGHT_KNEE,
            BodyPart.RIGHT_ANKLE);

    /** Shoulder to ankle along one side's segments, 0 when any of its points is not seen. */
    private static double length(Pose p, List<BodyPart> side) {
        double sum = 0;
        for (int i = 1; i < side.size(); i++) {
            Keypoint a = p.get(side.get(i - 1));
            Keypoint b = p.get(side.get(i));
            if (!seen(a) || !seen(b)) {
                return 0;
            }
            sum += Math.hypot(a.x() - b.x(), a.y() - b.y());
        }
        return sum;
    }

    private static boolean seen(Keypoint k) {
        return k.score() >= MIN_SCORE;
    }
}
