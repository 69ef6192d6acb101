package dev.formcheck.kinematics;

/**
 * How far the back is flexed or extended in one frame, however it was estimated: from keypoints
 * ({@link KeypointSpineEstimate}) or from the back's outline in the image
 * ({@link SilhouetteSpineEstimate}); checks downstream read any of them the same way.
 *
 * <p>Convention: degrees of spinal (lumbar plus thoracic) flexion relative to the person's neutral
 * spine: positive flexed (a rounded back), negative extended (an arched back), 0 neutral.
 */
public interface SpineEstimate {
    /** The frame's timestamp. */
    long timestampMicros();

    /** Flexion (+) or extension (-) from neutral, degrees. */
    double flexionDegrees();

    /**
     * 0..1: how much to trust {@link #flexionDegrees()}. Comparable across methods: a direct view of
     * the back's curve may approach 1; the keypoint estimate never exceeds
     * {@link KeypointSpineEstimator#HIP_RANGE_CONFIDENCE}.
     */
    double confidence();

    SpineMethod method();

    /**
     * Whether a value at or below 0 means "not extended": false for an estimate that sees flexion
     * only, whose 0 says "not rounded" and nothing about arching.
     */
    default boolean judgesExtension() {
        return true;
    }
}
