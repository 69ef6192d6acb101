package dev.formcheck.kinematics;

import java.util.OptionalDouble;

/**
 * A {@link SpineEstimate} from keypoints, with the two signs it was combined from so a check or a
 * report can show its working ({@link KeypointSpineEstimator} explains each).
 *
 * @param timestampMicros the frame's timestamp
 * @param flexionDegrees flexion (+) or extension (-) from neutral
 * @param confidence 0..{@link KeypointSpineEstimator#HIP_RANGE_CONFIDENCE}
 * @param method which signs were available
 * @param headLineDropDegrees how far the ear-shoulder-hip line has dropped below its neutral
 *     (+ head and shoulders forward and down); empty without a visible ear
 * @param hipRangeExcessDegrees how far the trunk turns against the thigh beyond the hip's normal
 *     range (+ past full flexion, - past full extension, 0 within it); empty without a visible knee
 * @param hipRangeDecided whether the hip's range, not the head line, set {@code flexionDegrees}
 * @param calibrated whether the user's calibrated neutral was used (otherwise the defaults)
 */
public record KeypointSpineEstimate(
        long timestampMicros,
        double flexionDegrees,
        double confidence,
        SpineMethod method,
        OptionalDouble headLineDropDegrees,
        OptionalDouble hipRangeExcessDegrees,
        boolean hipRangeDecided,
        boolean calibrated) implements SpineEstimate {

    public KeypointSpineEstimate {
        if (!Double.isFinite(flexionDegrees)) {
            throw new IllegalArgumentException("spine flexion must be finite, not " + flexionDegrees);
        }
        if (!(confidence >= 0 && confidence <= KeypointSpineEstimator.HIP_RANGE_CONFIDENCE)) {
            throw new IllegalArgumentException("a keypoint spine estimate's confidence must be 0.."
                    + KeypointSpineEstimator.HIP_RANGE_CONFIDENCE + ", not " + confidence);
        }
        if (method == null || method == SpineMethod.SILHOUETTE) {
            throw new IllegalArgumentException("a keypoint spine estimate needs a keypoint method, not " + method);
        }
        if (headLineDropDegrees == null || hipRangeExcessDegrees == null
                || headLineDropDegrees.isEmpty() && hipRangeExcessDegrees.isEmpty()) {
            throw new IllegalArgumentException("a keypoint spine estimate rests on the head line, the hip range or both");
        }
    }
}
