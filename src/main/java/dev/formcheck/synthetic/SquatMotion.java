package dev.formcheck.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bodyweight squats: standing, then reps down to about thigh-parallel and back up, each with a
 * short pause at the top, until the set's time is up. Feet hip-width apart (no hip abduction, so
 * knee flexion keeps them exactly in place) stay flat and planted; the trunk leans
 * forward as the hips hinge back (a squat hinges at the hips as well as the knees), the arms rise
 * forward for balance, the head stays up. Every rep varies a little in depth, lean and timing, as
 * a person's do; the variation comes from a seeded random source, so a motion is reproducible.
 */
public final class SquatMotion implements Motion {
    /**
     * @param durationSeconds length of the set, standing time included
     * @param seed the random source of the per-rep variation
     */
    public record Settings(double durationSeconds, long seed) {
        public Settings {
            if (!(durationSeconds >= MIN_DURATION_S && durationSeconds <= MAX_DURATION_S)) {
                throw new IllegalArgumentException("a squat set lasts " + MIN_DURATION_S + ".." + MAX_DURATION_S
                        + " s, not " + durationSeconds);
            }
        }

        public static Settings of(double durationSeconds) {
            return new Settings(durationSeconds, DEFAULT_SEED);
        }
    }

    /**
     * One rep: it starts when the body leaves the top, reaches its bottom (the middle of the pause
     * there) and ends standing again.
     *
     * @param depthBelowParallelDegrees depth at the bottom: how far the thigh has turned past
     *     horizontal, hip below knee (0 thigh-parallel, positive deeper, negative above parallel)
     * @param trunkLeanDegrees the trunk's forward lean from vertical at the bottom
     */
    public record Rep(int index, double startSeconds, double bottomSeconds, double endSeconds,
                      double depthBelowParallelDegrees, double trunkLeanDegrees) {
    }

    /** The shape of a squat at one depth, as segment angles in the sagittal plane. */
    record Shape(double thighFromVertical, double shankLean, double trunkLean, double armsForward, double elbows) {
    }

    static final double MIN_DURATION_S = 1;
    static final double MAX_DURATION_S = 600;
    static final long DEFAULT_SEED = 20_26;

    /** Standing before the first rep starts, seconds. */
    static final double LEAD_IN_S = 1.0;
    /** At least this much standing after the last rep. */
    static final double LEAD_OUT_S = 0.5;

    // Per-rep ranges, drawn uniformly. A rep lasts 2.1-2.65 s, pause included.
    static final double[] DESCENT_S = {0.95, 1.15};
    static final double[] BOTTOM_PAUSE_S = {0.08, 0.16};
    static final double[] ASCENT_S = {0.75, 0.90};
    static final double[] TOP_PAUSE_S = {0.30, 0.45};
    /** Thigh from vertical at the bottom: 90 is parallel; a bodyweight squat to about parallel. */
    static final double[] BOTTOM_THIGH_DEG = {85, 95};
    /** Shank's forward lean (ankle dorsiflexion) at the bottom: about 30 degrees in a flat-footed squat. */
    static final double[] BOTTOM_SHANK_DEG = {28, 34};
    /** Trunk's forward lean from vertical at the bottom. */
    static final double[] BOTTOM_TRUNK_DEG = {36, 44};
    /** Arms' angle forward of hanging straight down, in the world, at the bottom: about horizontal. */
    static final double[] BOTTOM_ARMS_DEG = {78, 90};

    /** Standing between reps: almost straight, arms hanging slightly forward. */
    static final Shape STANDING = new Shape(3, 2, 3, 12, 12);

    /**
     * How a trunk's lean is shared between the pelvis tilting at the hips and the lumbar and
     * thoracic spine flexing; the shares add up to 1.
     */
    record LeanShares(double pelvis, double lumbar, double thoracic) {
        LeanShares {
            if (Math.abs(pelvis + lumbar + thoracic - 1) > 1e-9) {
                throw new IllegalArgumentException("lean shares must add up to 1, not " + (pelvis + lumbar + thoracic));
            }
        }
    }

    /** A squat's lean: mostly the pelvis tilting at the hips, a little lumbar and thoracic flexion. */
    static final LeanShares SQUAT_LEAN = new LeanShares(0.75, 0.15, 0.10);
    /**
     * A neutral spine: the whole lean is the pelvis turning on the thighs, the back keeps its
     * standing curves (the deadlifts, where the spine must not round under the bar).
     */
    static final LeanShares NEUTRAL_SPINE = new LeanShares(1, 0, 0);
    /** The neck extends by this share of the trunk's lean, so the gaze stays ahead rather than on the floor. */
    static final double NECK_COUNTER_SHARE = 0.55;

    private final Anthropometry body;
    private final Trajectory trajectory;
    private final List<Rep> reps;
    private final double duration;

    private SquatMotion(Anthropometry body, Trajectory trajectory, List<Rep> reps, double duration) {
        this.body = body;
        this.trajectory = trajectory;
        this.reps = List.copyOf(reps);
        this.duration = duration;
    }

    public static SquatMotion generate(Anthropometry body, Settings settings) {
        Random random = new Random(settings.seed());
        List<Trajectory.Keyframe> keys = new ArrayList<>();
        List<Rep> reps = new ArrayList<>();
        BodyPose standing = pose(body, STANDING);
        keys.add(new Trajectory.Keyframe(0, standing));
        double t = LEAD_IN_S;
        while (true) {
            double descent = uniform(random, DESCENT_S);
            double pause = uniform(random, BOTTOM_PAUSE_S);
            double ascent = uniform(random, ASCENT_S);
            double top = uniform(random, TOP_PAUSE_S);
            Shape bottom = new Shape(uniform(random, BOTTOM_THIGH_DEG), uniform(random, BOTTOM_SHANK_DEG),
                    uniform(random, BOTTOM_TRUNK_DEG), uniform(random, BOTTOM_ARMS_DEG), 6);
            double end = t + descent + pause + ascent;
            if (end + LEAD_OUT_S > settings.durationSeconds()) {
                break;
            }
            BodyPose low = pose(body, bottom);
            keys.add(new Trajectory.Keyframe(t, standing));
            keys.add(new Trajectory.Keyframe(t + descent, low));
            keys.add(new Trajectory.Keyframe(t + descent + pause, low));
            keys.add(new Trajectory.Keyframe(end, standing));
            reps.add(new Rep(reps.size() + 1, t, t + descent + pause / 2, end,
                    bottom.thighFromVertical() - 90, bottom.trunkLean()));
            t = end + top;
        }
        if (keys.get(keys.size() - 1).seconds() < settings.durationSeconds()) {
            keys.add(new Trajectory.Keyframe(settings.durationSeconds(), standing));
        }
        return new SquatMotion(body, Trajectory.through(keys), reps, settings.durationSeconds());
    }

    public Anthropometry body() {
        return body;
    }

    public List<Rep> reps() {
        return reps;
    }

    @Override
    public double durationSeconds() {
        return duration;
    }

    /** The pose at {@code seconds}, its ankles planted at the origin. */
    @Override
    public BodyPose poseAt(double seconds) {
        return plant(body, trajectory.poseAt(seconds));
    }

    /**
     * Joint angles for a squat shape. With the thigh at α from vertical and the shank leaning β
     * forward, the knee bends α + β and the ankle dorsiflexes β, so the foot stays flat; the hip
     * flexes α plus the pelvis's tilt; the shoulders flex by the arms' world angle plus the
     * trunk's lean, since they hang from the thorax.
     */
    static BodyPose pose(Anthropometry body, Shape s) {
        return pose(body, s, NECK_COUNTER_SHARE);
    }

    /** The same with the neck extending by {@code neckCounterShare} of the trunk's lean (0: head in line with the trunk). */
    static BodyPose pose(Anthropometry body, Shape s, double neckCounterShare) {
        return pose(body, s, neckCounterShare, SQUAT_LEAN);
    }

    /** The same with the trunk's lean shared as {@code lean} says. */
    static BodyPose pose(Anthropometry body, Shape s, double neckCounterShare, LeanShares lean) {
        double tilt = s.trunkLean() * lean.pelvis();
        BodyPose p = ForwardKinematics.standing(body)
                .with(Joint.PELVIS_TILT, tilt)
                .with(Joint.LUMBAR_FLEXION, s.trunkLean() * lean.lumbar())
                .with(Joint.THORACIC_FLEXION, s.trunkLean() * lean.thoracic())
                .with(Joint.NECK_FLEXION, -s.trunkLean() * neckCounterShare)
                .withBothSides(Joint.LEFT_HIP_FLEXION, s.thighFromVertical() + tilt)
                .withBothSides(Joint.LEFT_KNEE_FLEXION, s.thighFromVertical() + s.shankLean())
                .withBothSides(Joint.LEFT_ANKLE_DORSIFLEXION, s.shankLean())
                .withBothSides(Joint.LEFT_SHOULDER_FLEXION, s.armsForward() + s.trunkLean())
                .withBothSides(Joint.LEFT_ELBOW_FLEXION, s.elbows());
        return plant(body, p);
    }

    /** Moves the body so the midpoint of its ankles is at ankle height above the origin. */
    static BodyPose plant(Anthropometry body, BodyPose pose) {
        return ForwardKinematics.placeMidpoint(body, pose, Landmark.LEFT_ANKLE, Landmark.RIGHT_ANKLE,
                new Vec3(0, body.ankleHeight(), 0));
    }

    private static double uniform(Random random, double[] range) {
        return range[0] + (range[1] - range[0]) * random.nextDouble();
    }
}
