package dev.formcheck.pose.tracking;

/**
 * Everything a {@link PoseTracker} decides with, validated once. {@link #defaults()} gives the
 * values below; each constant says where it comes from.
 *
 * @param minPersonScore a frame has a person when the mean score of its 17 raw keypoints is at
 *     least this ({@link #MIN_PERSON_SCORE})
 * @param holdMicros how long a track (smoothing state and crop) survives frames without a person
 *     ({@link #HOLD_MICROS})
 * @param minCropKeypointScore score above which a keypoint counts for the crop
 *     ({@link #MIN_CROP_KEYPOINT_SCORE})
 * @param torsoExpansion crop half-side as a multiple of the torso's reach from the hip centre
 *     ({@link #TORSO_EXPANSION})
 * @param bodyExpansion crop half-side as a multiple of the body's reach from the hip centre
 *     ({@link #BODY_EXPANSION})
 * @param cropSmoothing weight of the new crop against the previous one, 1 = no smoothing
 *     ({@link #CROP_SMOOTHING})
 * @param smoothing the keypoints' One Euro filter ({@link OneEuroSettings#MOVENET_KEYPOINTS})
 */
public record TrackingSettings(
        double minPersonScore,
        long holdMicros,
        double minCropKeypointScore,
        double torsoExpansion,
        double bodyExpansion,
        double cropSmoothing,
        OneEuroSettings smoothing) {

    /**
     * Issue 4's criterion for "MoveNet found the person": mean keypoint score at least 0.3. The
     * same figure is TF.js's per-keypoint drawing threshold for MoveNet in its live demo
     * ({@code pose-detection/demos/live_video/src/params.js}, {@code scoreThreshold: 0.3}). Below
     * it MoveNet SinglePose, which always answers with a skeleton, is mostly guessing.
     */
    public static final double MIN_PERSON_SCORE = 0.3;

    /**
     * 500 ms (15 frames at 30 fps): long enough to bridge the few frames MoveNet loses to motion
     * blur or a limb passing the face without restarting the smoothing; short enough that someone
     * who walks off and back, or a different person, starts a fresh track instead of inheriting
     * half a second old filter state. Our choice, not MoveNet's (TF.js resets on the first frame
     * with no keypoint above 0.2).
     */
    public static final long HOLD_MICROS = 500_000;

    /** TF.js MoveNet {@code MIN_CROP_KEYPOINT_SCORE} (pose-detection/src/movenet/constants.ts). */
    public static final double MIN_CROP_KEYPOINT_SCORE = 0.2;

    /** TF.js MoveNet {@code determineNextCropRegion}: torso reach x 1.9 (movenet/crop_utils.ts). */
    public static final double TORSO_EXPANSION = 1.9;

    /** TF.js MoveNet {@code determineNextCropRegion}: body reach x 1.2 (movenet/crop_utils.ts). */
    public static final double BODY_EXPANSION = 1.2;

    /**
     * TF.js MoveNet {@code CROP_FILTER_ALPHA} (movenet/constants.ts): each crop edge moves 90% of the
     * way to where the new frame puts it, which damps crop jitter without lagging the person.
     */
    public static final double CROP_SMOOTHING = 0.9;

    /** A hold longer than this is not a gap but an absence. */
    static final long MAX_HOLD_MICROS = 10_000_000;

    public TrackingSettings {
        if (!(minPersonScore > 0 && minPersonScore <= 1)) {
            throw new IllegalArgumentException("minimum person score must be in (0, 1], not " + minPersonScore);
        }
        if (holdMicros < 0 || holdMicros > MAX_HOLD_MICROS) {
            throw new IllegalArgumentException("hold must be 0.." + MAX_HOLD_MICROS + " µs, not " + holdMicros);
        }
        if (!(minCropKeypointScore >= 0 && minCropKeypointScore < 1)) {
            throw new IllegalArgumentException("minimum crop keypoint score must be in [0, 1), not " + minCropKeypointScore);
        }
        if (!(torsoExpansion >= 1 && torsoExpansion <= 5)) {
            throw new IllegalArgumentException("torso expansion must be in [1, 5], not " + torsoExpansion);
        }
        if (!(bodyExpansion >= 1 && bodyExpansion <= 5)) {
            throw new IllegalArgumentException("body expansion must be in [1, 5], not " + bodyExpansion);
        }
        if (!(cropSmoothing > 0 && cropSmoothing <= 1)) {
            throw new IllegalArgumentException("crop smoothing must be in (0, 1], not " + cropSmoothing);
        }
        if (smoothing == null) {
            throw new IllegalArgumentException("tracking needs One Euro settings for the keypoints");
        }
    }

    public static TrackingSettings defaults() {
        return new TrackingSettings(MIN_PERSON_SCORE, HOLD_MICROS, MIN_CROP_KEYPOINT_SCORE, TORSO_EXPANSION,
                BODY_EXPANSION, CROP_SMOOTHING, OneEuroSettings.MOVENET_KEYPOINTS);
    }

    /**
     * Whether a frame at {@code timestampMicros} starts a new track, the person having last been
     * found at {@code lastFoundMicros}: after a gap longer than the hold, or when time went
     * backwards (the stream started over). The causal tracker and the offline smoother both cut
     * tracks here.
     */
    public boolean endsTrack(long lastFoundMicros, long timestampMicros) {
        return timestampMicros < lastFoundMicros || timestampMicros - lastFoundMicros > holdMicros;
    }
}
