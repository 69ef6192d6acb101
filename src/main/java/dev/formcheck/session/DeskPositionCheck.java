package dev.formcheck.session;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.List;
import java.util.Optional;

/**
 * Before a desk calibration: does the camera see what the desk monitor measures from, and if not,
 * the one thing to fix. A webcam on the monitor sees the head and both shoulders (the front view);
 * a camera at the side sees the ear, the shoulder and the hip of one side (the side of the trunk).
 * Either is enough; the limits are {@link PositionCheck}'s, so a point counts as seen the same way
 * for both calibrations.
 */
public final class DeskPositionCheck {
    private static final List<BodyPart> HEAD = List.of(BodyPart.NOSE, BodyPart.LEFT_EYE, BodyPart.RIGHT_EYE,
            BodyPart.LEFT_EAR, BodyPart.RIGHT_EAR);

    private DeskPositionCheck() {
    }

    /** @param pose the person's keypoints in frame pixels, empty when nobody is seen */
    public static PositionCheck.Result check(Optional<Pose> pose, int frameWidth, int frameHeight) {
        if (pose.isEmpty()) {
            return new PositionCheck.Result(false, "Sit in front of the camera: I can't see you");
        }
        Pose p = pose.get();
        double marginY = PositionCheck.EDGE_MARGIN * frameHeight;
        if (HEAD.stream().noneMatch(b -> seen(p.get(b)) && p.get(b).y() > marginY)) {
            return new PositionCheck.Result(false, "Tilt the camera up or sit lower: I can't see your head");
        }
        boolean bothShoulders = seen(p.get(BodyPart.LEFT_SHOULDER)) && seen(p.get(BodyPart.RIGHT_SHOULDER));
        if (bothShoulders) {
            return new PositionCheck.Result(true, "I can see your head and shoulders");
        }
        if (sideOfTrunk(p, BodyPart.LEFT_EAR, BodyPart.LEFT_SHOULDER, BodyPart.LEFT_HIP)
                || sideOfTrunk(p, BodyPart.RIGHT_EAR, BodyPart.RIGHT_SHOULDER, BodyPart.RIGHT_HIP)) {
            return new PositionCheck.Result(true, "I can see the side of your trunk");
        }
        return new PositionCheck.Result(false,
                "Sit back a little: I need both your shoulders, or from the side your ear, shoulder and hip");
    }

    private static boolean sideOfTrunk(Pose p, BodyPart ear, BodyPart shoulder, BodyPart hip) {
        return seen(p.get(ear)) && seen(p.get(shoulder)) && seen(p.get(hip));
    }

    private static boolean seen(Keypoint k) {
        return k.score() >= PositionCheck.MIN_SCORE;
    }
}
