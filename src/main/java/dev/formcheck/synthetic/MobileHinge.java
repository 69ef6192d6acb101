package dev.formcheck.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * A very mobile body's Romanian deadlift (issue 12, class 4): soft knees and a neutral spine, the
 * trunk lowered past horizontal, so the hips flex well beyond the textbook range that the keypoint
 * estimate reads as the end of a hip's travel (about 90 degrees with the knee nearly straight,
 * docs/kinematics.md). The back is flat throughout: any rounded-back flag on it is false.
 */
public final class MobileHinge {
    /** Trunk from vertical at the bottom: about horizontal, as a hypermobile or trained body can go (the RDL of StandingLifts stops at 71-74). Our choice. */
    public static final double BOTTOM_TRUNK_DEG = 88;
    /** The bottom: soft knees (about 20 degrees of bend), the arms hanging a little back. Our choice. */
    static final SquatMotion.Shape BOTTOM = new SquatMotion.Shape(12, 8, BOTTOM_TRUNK_DEG, -10, 4);
    static final double STAND_S = 1.5;
    static final double DOWN_S = 1.4;
    static final double HOLD_S = 0.3;
    static final double UP_S = 1.4;
    static final double TOP_S = 0.8;

    private MobileHinge() {
    }

    /** {@code reps} flat-backed hinges to horizontal, standing before and after. */
    public static Trajectory of(Anthropometry body, int reps) {
        if (reps < 1 || reps > ExerciseScenario.MAX_REPS) {
            throw new IllegalArgumentException("reps must be 1.." + ExerciseScenario.MAX_REPS + ", not " + reps);
        }
        BodyPose top = pose(body, StandingLifts.HANGING_ARMS_TOP);
        BodyPose bottom = pose(body, BOTTOM);
        List<Trajectory.Keyframe> keys = new ArrayList<>();
        double t = 0;
        keys.add(new Trajectory.Keyframe(t, top));
        t += STAND_S;
        keys.add(new Trajectory.Keyframe(t, top));
        for (int i = 0; i < reps; i++) {
            t += DOWN_S;
            keys.add(new Trajectory.Keyframe(t, bottom));
            t += HOLD_S;
            keys.add(new Trajectory.Keyframe(t, bottom));
            t += UP_S;
            keys.add(new Trajectory.Keyframe(t, top));
            t += TOP_S;
            keys.add(new Trajectory.Keyframe(t, top));
        }
        t += STAND_S;
        keys.add(new Trajectory.Keyframe(t, top));
        return Trajectory.through(keys);
    }

    /** The bottoms' times, seconds. */
    public static List<Double> bottomSeconds(int reps) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            out.add(STAND_S + i * (DOWN_S + HOLD_S + UP_S + TOP_S) + DOWN_S + HOLD_S / 2);
        }
        return out;
    }

    private static BodyPose pose(Anthropometry body, SquatMotion.Shape shape) {
        return SquatMotion.pose(body, shape, 0.30, SquatMotion.NEUTRAL_SPINE);
    }
}
