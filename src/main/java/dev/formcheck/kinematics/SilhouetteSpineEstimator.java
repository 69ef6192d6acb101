package dev.formcheck.kinematics;

import dev.formcheck.pose.silhouette.BackOutline;

import java.util.Optional;

/**
 * Spine flexion from the outline of the lower back ({@link BackOutline}): the angle by which the
 * outline leaves the hip→shoulder line, taken degree for degree as flexion. What the keypoints
 * cannot see, the outline shows directly, so its confidence is higher than theirs.
 *
 * <p>It speaks for flexion only. An outline running along the axis or into it says the lower back
 * is not rounded, but it cannot tell an arched back from the natural hollow of the lower back and
 * the buttocks: neutral push-ups in the real video read -30 to +7°, a sagging one -15°. So a
 * negative angle becomes "not flexed" (0), and extension stays the keypoints' call
 * ({@link Kinematics} keeps their reading when they see extension and the outline sees no flexion).
 *
 * <p>Degree for degree under-reads: on our rendered mannequin 30° of spinal flexion turns the
 * outline by about 10°. Real rounded backs read +18 to +24° (docs/validation.md), neutral ones at
 * most +6°; scaling up would bring neutral backs to the threshold. Like
 * {@link KeypointSpineEstimator#HEAD_LINE_WEIGHT}, the conservative choice: ours.
 */
public final class SilhouetteSpineEstimator {
    /**
     * The outline's angle with a neutral lower back: along the hip→shoulder line. The real neutral
     * backs read -8 to +6° on the photos, median about -1°, and -30 to +7° in the push-up video. Ours; not calibrated
     * per user: calibration records the keypoints' neutral, not the outline's (an upright trunk's outline is
     * traced now, so it could; not done).
     */
    public static final double NEUTRAL_ANGLE = 0;

    /**
     * The confidence of an outline traced over every row, side-on: above the keypoints' best
     * ({@link KeypointSpineEstimator#HIP_RANGE_CONFIDENCE}) because the back's curve is seen, short
     * of 1 because clothing and the mask's edge stand between the outline and the spine. Ours.
     */
    public static final double OUTLINE_CONFIDENCE = 0.7;

    /** The estimate from {@code outline} in {@code view}; empty when there is no outline or the view cannot show it. */
    public Optional<SilhouetteSpineEstimate> estimate(BackOutline outline, ViewEstimate view) {
        if (!(outline instanceof BackOutline.Traced traced)) {
            return Optional.empty();
        }
        if (!(ViewRequirement.SIDE_ON.check(view) instanceof ViewCheck.Supported supported)) {
            return Optional.empty();
        }
        double confidence = OUTLINE_CONFIDENCE * traced.coverage() * supported.confidenceFactor();
        double flexion = Math.max(0, traced.lumbarAngleDegrees() - NEUTRAL_ANGLE);
        return Optional.of(new SilhouetteSpineEstimate(traced.timestampMicros(), flexion, confidence,
                traced.lumbarAngleDegrees()));
    }
}
