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

    /**
     * How long the body must have been steady, in position, before the countdown may start: a
     * person walking in is "in position" for the frames it takes to cross the spot, and a second
     * is long enough to tell that from someone who has stopped there, short enough not to keep a
     * settled person waiting.
     */
    public static final long SETTLE_MICROS = 1_000_000;
    /**
     * Steady: over {@link #SETTLE_MICROS}, the middle of the hips and the middle of the ankles each
     * move (the diagonal of the box their positions span) less than this share of the body's
     * shoulder-to-ankle length. For a 1.75 m adult that length is about 1.3 m, so 8% is about
     * 10 cm: a slow walk (0.5 m/s) covers about 50 cm in that second and is far above it, quiet
     * standing sways 1-2 cm and the smoothed keypoints jitter about 1% of the body, far below.
     */
    public static final double MAX_SETTLE_DRIFT = 0.08;

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

    /**
     * The position check over a stream: {@link #check} frame by frame, and "in position" only once
     * the body has also been steady for {@link #SETTLE_MICROS} ({@link #MAX_SETTLE_DRIFT}). Once
     * settled it stays so while in position: the countdown that follows is the time to get ready, and
     * a person who starts moving in it must not send it back. Driven by the frames' timestamps; a
     * frame out of position, or without the person, starts the wait again. One per stream, fed in
     * time order.
     */
    public static final class Settling {
        private record Sample(long micros, double hipX, double hipY, double ankleX, double ankleY, double length) {
        }

        private final java.util.ArrayDeque<Sample> samples = new java.util.ArrayDeque<>();
        private boolean settled;

        /** The check of one frame at {@code micros}, with the stillness condition. */
        public Result check(long micros, Optional<Pose> pose, int frameWidth, int frameHeight, CameraView view) {
            Result placed = PositionCheck.check(pose, frameWidth, frameHeight, view);
            Optional<Sample> sample = placed.ready() ? sample(micros, pose.get()) : Optional.empty();
            if (sample.isEmpty()) {
                reset();
                return placed;
            }
            if (!samples.isEmpty() && micros < samples.peekLast().micros()) {
                reset(); // the stream started over: what came before says nothing about now
            }
            if (settled) {
                return placed;
            }
            samples.addLast(sample.get());
            // drop the oldest only while the next one still spans the whole second: frames from a camera
            // rarely land exactly one second apart, so the window keeps one sample just older than it
            while (samples.size() > 1 && micros - secondOldest() >= SETTLE_MICROS) {
                samples.removeFirst();
            }
            // kept: every sample of the last second, plus the first one older than that, when there is one
            boolean longEnough = micros - samples.peekFirst().micros() >= SETTLE_MICROS;
            if (!longEnough || drift() > MAX_SETTLE_DRIFT) {
                return new Result(false, "Hold still a moment: the countdown starts when you have settled");
            }
            settled = true;
            samples.clear();
            return placed;
        }

        private long secondOldest() {
            java.util.Iterator<Sample> it = samples.iterator();
            it.next();
            return it.next().micros();
        }

        public void reset() {
            samples.clear();
            settled = false;
        }

        /** The larger of the hips' and the ankles' travel over the samples, in shares of the body's length. */
        private double drift() {
            double hipMinX = Double.MAX_VALUE;
            double hipMaxX = -Double.MAX_VALUE;
            double hipMinY = Double.MAX_VALUE;
            double hipMaxY = -Double.MAX_VALUE;
            double ankleMinX = Double.MAX_VALUE;
            double ankleMaxX = -Double.MAX_VALUE;
            double ankleMinY = Double.MAX_VALUE;
            double ankleMaxY = -Double.MAX_VALUE;
            double length = Double.MAX_VALUE;
            for (Sample s : samples) {
                hipMinX = Math.min(hipMinX, s.hipX());
                hipMaxX = Math.max(hipMaxX, s.hipX());
                hipMinY = Math.min(hipMinY, s.hipY());
                hipMaxY = Math.max(hipMaxY, s.hipY());
                ankleMinX = Math.min(ankleMinX, s.ankleX());
                ankleMaxX = Math.max(ankleMaxX, s.ankleX());
                ankleMinY = Math.min(ankleMinY, s.ankleY());
                ankleMaxY = Math.max(ankleMaxY, s.ankleY());
                length = Math.min(length, s.length());
            }
            double travel = Math.max(Math.hypot(hipMaxX - hipMinX, hipMaxY - hipMinY),
                    Math.hypot(ankleMaxX - ankleMinX, ankleMaxY - ankleMinY));
            return travel / length;
        }

        /** Hips' and ankles' middles and the body's length; empty when a side's points are not all seen. */
        private static Optional<Sample> sample(long micros, Pose p) {
            double length = Math.max(length(p, LEFT), length(p, RIGHT));
            Optional<double[]> hips = middle(p, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP);
            Optional<double[]> ankles = middle(p, BodyPart.LEFT_ANKLE, BodyPart.RIGHT_ANKLE);
            if (length <= 0 || hips.isEmpty() || ankles.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Sample(micros, hips.get()[0], hips.get()[1], ankles.get()[0], ankles.get()[1], length));
        }

        /** The middle of two keypoints, the one seen when only one is. */
        private static Optional<double[]> middle(Pose p, BodyPart a, BodyPart b) {
            Keypoint ka = p.get(a);
            Keypoint kb = p.get(b);
            if (seen(ka) && seen(kb)) {
                return Optional.of(new double[] {(ka.x() + kb.x()) / 2, (ka.y() + kb.y()) / 2});
            }
            Keypoint one = seen(ka) ? ka : seen(kb) ? kb : null;
            return one == null ? Optional.empty() : Optional.of(new double[] {one.x(), one.y()});
        }
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
