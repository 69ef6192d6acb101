package dev.formcheck.kinematics;

import dev.formcheck.pose.silhouette.BackOutline;

import java.util.Optional;

/**
 * Spine flexion from the back's outline ({@link BackOutline}): the outline's bend between its
 * lumbar and its thoracic half, taken degree for degree, from a straight neutral. What the
 * keypoints cannot see, the outline shows directly, so its confidence is higher than theirs; it is
 * still a model's mask of a clothed surface, not the spine itself.
 *
 * <p>Measured (docs/validation.md, docs/kinematics.md): on the real photos labelled neutral that
 * lean forward (hinges, a deadlift, planks, push-ups) the bend reads -13 to +6°; labelled rounded,
 * +20 to +31°; the sagging push-up -31°. On our rendered mannequin a neutral deadlift reads -4° and
 * 30° of injected flexion +10 to +12°: the mannequin's outline is a poor stand-in for a real back,
 * so its figures set nothing here.
 */
public final class SilhouetteSpineEstimator {
    /**
     * The outline's bend with a neutral spine: straight. Over the rows traced (a tenth to 0.85 of
     * the way up from the hip) the hollow of the lower back and the curve of the upper back roughly
     * cancel in two fitted lines; the neutral photos above average -1°. Our choice, not the user's
     * calibration: calibration stands upright, and an upright back's outline is not traced.
     */
    public static final double NEUTRAL_BEND = 0;

    /**
     * The confidence of an outline traced over every row, side-on: above the keypoints' best
     * ({@link KeypointSpineEstimator#HIP_RANGE_CONFIDENCE}) because the curve is seen, short of 1
     * because clothing and the mask's edge stand between the outline and the spine. Our choice.
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
        return Optional.of(new SilhouetteSpineEstimate(traced.timestampMicros(), traced.bendDegrees() - NEUTRAL_BEND,
                confidence, traced.bendDegrees()));
    }
}
