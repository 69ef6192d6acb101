package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.SpineEstimate;
import dev.formcheck.kinematics.SpineMethod;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Which estimate decided a reading, and how sure it was: so that a wrong flag can be understood
 * (the outline of the back, the keypoints, or the body line averaged over two models).
 *
 * @param estimate what measured it
 * @param confidence 0..1 where the estimate has a confidence of its own (the back's estimates); empty otherwise
 */
public record Evidence(Estimate estimate, OptionalDouble confidence) {
    public enum Estimate {
        /** The back's outline in a person mask (decision 0013). */
        OUTLINE,
        /** MoveNet's keypoints. */
        KEYPOINTS,
        /** The body line as the mean of MoveNet's and BlazePose's (decision 0014). */
        AVERAGED_BODY_LINE;

        /** In words: "averaged body line". */
        public String words() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public Evidence {
        if (estimate == null || confidence == null) {
            throw new IllegalArgumentException("evidence names its estimate and its confidence (or none)");
        }
    }

    static Evidence of(SpineEstimate e) {
        return new Evidence(e.method() == SpineMethod.SILHOUETTE ? Estimate.OUTLINE : Estimate.KEYPOINTS,
                OptionalDouble.of(e.confidence()));
    }

    static Evidence without(Estimate estimate) {
        return new Evidence(estimate, OptionalDouble.empty());
    }

    /** "outline, 0.70 confident" or "averaged body line". */
    public String describe() {
        return confidence.isPresent() ? String.format(Locale.ROOT, "%s, %.2f confident", estimate.words(), confidence.getAsDouble())
                : estimate.words();
    }
}
