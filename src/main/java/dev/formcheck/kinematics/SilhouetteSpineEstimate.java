package dev.formcheck.kinematics;

/**
 * A {@link SpineEstimate} from the outline of the back ({@link SilhouetteSpineEstimator}).
 *
 * @param timestampMicros the frame's timestamp
 * @param flexionDegrees flexion from neutral, 0 or more: the outline does not judge extension
 * @param confidence 0..{@link SilhouetteSpineEstimator#OUTLINE_CONFIDENCE}
 * @param lumbarAngleDegrees the lower back outline's angle as traced
 */
public record SilhouetteSpineEstimate(long timestampMicros, double flexionDegrees, double confidence,
                                      double lumbarAngleDegrees) implements SpineEstimate {
    public SilhouetteSpineEstimate {
        if (!(flexionDegrees >= 0) || !Double.isFinite(flexionDegrees) || !Double.isFinite(lumbarAngleDegrees)) {
            throw new IllegalArgumentException("an outline's flexion must be finite and not negative, not " + flexionDegrees);
        }
        if (!(confidence >= 0 && confidence <= SilhouetteSpineEstimator.OUTLINE_CONFIDENCE)) {
            throw new IllegalArgumentException("an outline's spine estimate confidence must be 0.."
                    + SilhouetteSpineEstimator.OUTLINE_CONFIDENCE + ", not " + confidence);
        }
    }

    /** The outline cannot tell an arched back from the natural hollow of the lower back. */
    @Override
    public boolean judgesExtension() {
        return false;
    }

    @Override
    public SpineMethod method() {
        return SpineMethod.SILHOUETTE;
    }
}
