package dev.formcheck.kinematics;

import dev.formcheck.pose.silhouette.BackOutline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The lower back outline's angle becomes spine flexion only when traced and seen from a view that
 * shows the back's curve, and it speaks for flexion only.
 */
class SilhouetteSpineEstimatorTest {
    static final ViewEstimate SIDE = new ViewEstimate(CameraView.SIDE, 0.9, 85, 3);
    static final ViewEstimate OBLIQUE = new ViewEstimate(CameraView.OBLIQUE, 0.8, 45, 3);
    static final ViewEstimate FRONT = new ViewEstimate(CameraView.FRONT, 0.9, 5, 3);
    static final double EXACT = 1e-12;

    final SilhouetteSpineEstimator estimator = new SilhouetteSpineEstimator();

    static BackOutline.Traced traced(long micros, double angle, double coverage) {
        return new BackOutline.Traced(micros, angle, coverage,
                List.of(new BackOutline.Point(10, 20), new BackOutline.Point(30, 18)));
    }

    @Test
    void anUntracedOutlineGivesNoEstimate() {
        assertThat(estimator.estimate(new BackOutline.Untraced(5, "an arm is in front of your back's outline"), SIDE)).isEmpty();
    }

    @Test
    void aViewThatCannotShowTheBacksCurveGivesNoEstimate() {
        assertThat(estimator.estimate(traced(5, 20, 1), FRONT)).isEmpty();
        assertThat(estimator.estimate(traced(5, 20, 1), ViewEstimate.UNKNOWN)).isEmpty();
    }

    @Test
    void sideOnTheFlexionIsTheAngleFromNeutralAndTheConfidenceScalesWithCoverage() {
        SilhouetteSpineEstimate e = estimator.estimate(traced(1_234, 24.5, 0.8), SIDE).orElseThrow();
        assertThat(e.timestampMicros()).isEqualTo(1_234);
        assertThat(e.method()).isEqualTo(SpineMethod.SILHOUETTE);
        assertThat(e.lumbarAngleDegrees()).isEqualTo(24.5);
        assertThat(e.flexionDegrees()).isCloseTo(24.5 - SilhouetteSpineEstimator.NEUTRAL_ANGLE, within(EXACT));
        assertThat(e.confidence()).isCloseTo(SilhouetteSpineEstimator.OUTLINE_CONFIDENCE * 0.8, within(EXACT));
    }

    @Test
    void anOutlineTurningTowardsTheAxisIsNotFlexedAndSaysNothingAboutExtension() {
        SilhouetteSpineEstimate e = estimator.estimate(traced(0, -31, 1), SIDE).orElseThrow();
        assertThat(e.flexionDegrees()).isZero();
        assertThat(e.lumbarAngleDegrees()).isEqualTo(-31);
        assertThat(e.judgesExtension()).isFalse();
        assertThat(e.confidence()).isCloseTo(SilhouetteSpineEstimator.OUTLINE_CONFIDENCE, within(EXACT));
    }

    @Test
    void anObliqueViewLowersTheConfidenceByTheToleratedFactor() {
        SilhouetteSpineEstimate side = estimator.estimate(traced(0, 12, 0.9), SIDE).orElseThrow();
        SilhouetteSpineEstimate oblique = estimator.estimate(traced(0, 12, 0.9), OBLIQUE).orElseThrow();
        assertThat(oblique.confidence()).isCloseTo(SilhouetteSpineEstimator.OUTLINE_CONFIDENCE * 0.9
                * ViewRequirement.TOLERATED_CONFIDENCE, within(EXACT));
        assertThat(oblique.flexionDegrees()).isEqualTo(side.flexionDegrees());
    }

    @Test
    void theOutlinesBestConfidenceIsAboveTheKeypointsBest() {
        // a fully traced side-on outline outweighs any keypoint estimate where the two disagree
        assertThat(SilhouetteSpineEstimator.OUTLINE_CONFIDENCE).isGreaterThan(KeypointSpineEstimator.HIP_RANGE_CONFIDENCE);
    }
}
