package dev.formcheck.pose.tracking;

/**
 * The three parameters of a One Euro filter (Casiez, Roussel, Vogel: "1€ Filter: A Simple
 * Speed-based Low-pass Filter for Noisy Input in Interactive Systems", CHI 2012). The filter is a
 * first-order low-pass whose cutoff rises with the signal's speed: {@code cutoff = minCutoff +
 * beta·|speed|}, so it smooths hard when the signal is still (jitter) and little when it moves
 * (lag).
 *
 * <p>{@code beta} is in the reciprocal of the value's units: the values below are for keypoint
 * coordinates as fractions of the frame (x / width, y / height), the units TF.js filters MoveNet's
 * keypoints in.
 *
 * @param minCutoffHz cutoff when the value is still, in Hz: lower = less jitter, more lag at rest
 * @param beta how fast the cutoff rises with speed, in Hz per (value unit per second): higher =
 *     less lag while moving
 * @param derivativeCutoffHz cutoff of the low-pass that smooths the speed estimate, in Hz
 */
public record OneEuroSettings(double minCutoffHz, double beta, double derivativeCutoffHz) {
    /** Cutoffs above this are not smoothing anything at any camera rate. */
    static final double MAX_CUTOFF_HZ = 1000;

    /**
     * What TF.js pose-detection uses for MoveNet's keypoints ({@code KEYPOINT_FILTER_CONFIG} in
     * {@code tensorflow/tfjs-models pose-detection/src/movenet/constants.ts}: minCutOff 2.5,
     * beta 300, derivateCutOff 2.5), tuned by MoveNet's authors for its keypoint noise at webcam
     * rates, in the same units (fractions of the frame). It smooths lightly: still keypoints lose
     * their frame-to-frame jitter, moving ones pass almost unfiltered, so live feedback does not
     * lag. Heavier, per-signal smoothing (of angles, say) belongs to kinematics.
     *
     * <p>TF.js adds a "robust" step that squashes jumps beyond half the frame ({@code asinh} with
     * thresholdCutOff 0.5); we leave it out: a jump that large is a lost or switched person, which
     * the tracker handles by resetting.
     */
    public static final OneEuroSettings MOVENET_KEYPOINTS = new OneEuroSettings(2.5, 300, 2.5);

    public OneEuroSettings {
        if (!(minCutoffHz > 0 && minCutoffHz <= MAX_CUTOFF_HZ)) {
            throw new IllegalArgumentException("minimum cutoff must be in (0, " + MAX_CUTOFF_HZ + "] Hz, not " + minCutoffHz);
        }
        if (!(beta >= 0 && Double.isFinite(beta))) {
            throw new IllegalArgumentException("beta must be finite and >= 0, not " + beta);
        }
        if (!(derivativeCutoffHz > 0 && derivativeCutoffHz <= MAX_CUTOFF_HZ)) {
            throw new IllegalArgumentException("derivative cutoff must be in (0, " + MAX_CUTOFF_HZ + "] Hz, not "
                    + derivativeCutoffHz);
        }
    }
}
