package dev.formcheck.kinematics;

/**
 * A {@link SpineEstimate} from the outline of the back ({@link SilhouetteSpineEstimator}).
 *
 * @param timestampMicros the frame's timestamp
 * @param flexionDegrees flexion (+) or extension (-) from neutral
 * @param confidence 0..{@link SilhouetteSpineEstimator#OUTLINE_CONFIDENCE}
 * @param outlineBendDegrees the outline's bend as traced, before the neutral is taken off
 */
public record SilhouetteSpineEstimate(long timestampMicros, double flexionDegrees, double confidence,
                                      double outlineBendDegrees) implements SpineEstimate {
    public SilhouetteSpineEstimate {
        if (!Double.isFinite(flexionDegrees) || !Double.isFinite(outlineBendDegrees)) {
            throw new IllegalArgumentException("spine flexion must be finite, not " + flexionDegrees);
        }
        if (!(confidence >= 0 && confidence <= SilhouetteSpineEstimator.OUTLINE_CONFIDENCE)) {
            throw new IllegalArgumentException("an outline's spine estimate confidence must be 0.."
                    + SilhouetteSpineEstimator.OUTLINE_CONFIDENCE + ", not " + confidence);
        }
    }

    @Override
    public SpineMethod method() {
        return SpineMethod.SILHOUETTE;
    }
}
