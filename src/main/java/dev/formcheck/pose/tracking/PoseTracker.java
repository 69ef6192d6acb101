package dev.formcheck.pose.tracking;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.CropRegion;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.PoseEstimator;
import dev.formcheck.pose.StageTimings;

import java.util.Optional;

/**
 * One person's pose through one stream of frames, as MoveNet's own runtime tracks it: the first
 * frame is seen whole (letterboxed); after a frame whose torso is confidently visible, the model
 * runs on a square crop around that person ({@link TrackingCrop}), which gives a person small in
 * the frame many more of the model's pixels; when the torso is not visible, it looks at the whole
 * frame again.
 *
 * <p>Each frame gives one {@link TrackedPose}:
 * <ul>
 *   <li>{@link TrackedPose.PersonFound} when the raw keypoints' mean score is at least
 *       {@link TrackingSettings#minPersonScore()}, with the keypoints smoothed causally by a
 *       {@link KeypointSmoother}; the smoothed keypoints decide the next crop, as in TF.js.</li>
 *   <li>{@link TrackedPose.NoPerson} otherwise; the raw keypoints still decide the next crop, so a
 *       half-visible person is looked for where they were.</li>
 * </ul>
 *
 * <p>Gaps: frames without a person keep the track (smoothing state and crop) for
 * {@link TrackingSettings#holdMicros()} after the person was last found; a person found again
 * within the hold continues the same smoothing. Once the hold has passed, the track is dropped:
 * smoothing restarts and the next frame is seen whole. A frame earlier than the previous one (a
 * looped or seeked stream) or of another size starts everything over, as {@link #reset()} does.
 *
 * <p>Differences from TF.js, on purpose: the first frame is the whole frame, not TF.js's centred
 * square (which would cut the head and feet off a person standing in a portrait video); falling
 * back to the whole frame is immediate, where TF.js blends 10% of the previous crop into it; and a
 * crop is rounded to whole pixels. One tracker serves one stream on one thread; it does not own
 * the estimator.
 */
public final class PoseTracker {
    private final PoseEstimator estimator;
    private final TrackingSettings settings;
    private final KeypointSmoother smoother;

    /** Whether a frame has been seen since the last reset, and its timestamp and size. */
    private boolean started;
    private long lastMicros;
    private int width;
    private int height;

    /** Whether a person was found and the hold has not yet run out since {@link #lastFoundMicros}. */
    private boolean tracking;
    private long lastFoundMicros;

    /** The square for the next frame, smoothed, before rounding; {@code null} = the full frame. */
    private TrackingCrop.Square nextSquare;

    public PoseTracker(PoseEstimator estimator, TrackingSettings settings) {
        if (estimator == null || settings == null) {
            throw new IllegalArgumentException("a tracker needs an estimator and settings");
        }
        this.estimator = estimator;
        this.settings = settings;
        this.smoother = new KeypointSmoother(settings.smoothing());
    }

    /** Estimates the pose in {@code frame}, the next frame of this tracker's stream. */
    public TrackedPose track(RgbImage frame) {
        long t = frame.timestampMicros();
        if (started && (t < lastMicros || frame.width() != width || frame.height() != height)) {
            reset();
        }
        if (tracking && settings.endsTrack(lastFoundMicros, t)) {
            dropTrack();
        }
        started = true;
        lastMicros = t;
        width = frame.width();
        height = frame.height();

        CropRegion crop = nextSquare == null ? CropRegion.fullFrame(width, height) : round(nextSquare);
        Pose raw = estimator.estimate(frame, crop);
        StageTimings timings = estimator.lastTimings();
        double meanScore = raw.meanScore();
        if (meanScore >= settings.minPersonScore()) {
            Pose smoothed = smoother.smooth(raw, width, height);
            tracking = true;
            lastFoundMicros = t;
            planNextCrop(smoothed);
            return new TrackedPose.PersonFound(t, raw, smoothed, crop, timings);
        }
        planNextCrop(raw);
        return new TrackedPose.NoPerson(t, raw, crop, timings);
    }

    /** Forgets the stream: the next frame is seen whole and starts a new track. */
    public void reset() {
        started = false;
        dropTrack();
    }

    private void dropTrack() {
        tracking = false;
        smoother.reset();
        nextSquare = null;
    }

    /** TF.js's next crop, its edges moved {@link TrackingSettings#cropSmoothing()} of the way from the last crop's. */
    private void planNextCrop(Pose basis) {
        Optional<TrackingCrop.Square> square = TrackingCrop.next(basis, width, height, settings);
        if (square.isEmpty()) {
            nextSquare = null;
            return;
        }
        TrackingCrop.Square target = square.get();
        if (nextSquare == null) {
            nextSquare = target;
            return;
        }
        double a = settings.cropSmoothing();
        double left = nextSquare.left() + a * (target.left() - nextSquare.left());
        double top = nextSquare.top() + a * (target.top() - nextSquare.top());
        double size = nextSquare.size() + a * (target.size() - nextSquare.size());
        nextSquare = new TrackingCrop.Square(left + size / 2, top + size / 2, size / 2);
    }

    private static CropRegion round(TrackingCrop.Square square) {
        return new CropRegion((int) Math.round(square.left()), (int) Math.round(square.top()),
                Math.max(1, (int) Math.round(square.size())));
    }
}
