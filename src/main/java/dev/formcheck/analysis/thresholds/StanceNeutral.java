package dev.formcheck.analysis.thresholds;

import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.NeutralPosture;

import java.util.Set;

/**
 * The user's neutral standing posture, measured side-on by {@code calibrate --pose stance}: the
 * medians of the angles {@link NeutralPosture} measures the back from, the trunk's lean, and the
 * segment proportions. Out-of-range values cannot be made: the head and hip lines within
 * {@link NeutralPosture}'s limits, the trunk within {@link #MAX_TRUNK_INCLINATION} of vertical.
 *
 * @param view the camera view it was measured in (side-on or oblique)
 * @param headLineDegrees ear-shoulder-hip ({@code BodyAngles.headNeck})
 * @param hipLineDegrees shoulder-hip-knee ({@code BodyAngles.hip})
 * @param trunkInclinationDegrees hip to shoulder from vertical, + forward ({@code BodyAngles.trunkInclination})
 */
public record StanceNeutral(Provenance provenance, CameraView view, double headLineDegrees, double hipLineDegrees,
                            double trunkInclinationDegrees, SegmentProportions segments) {
    /** The views a stance can be measured in: the back's line shows only side-on (oblique foreshortened). */
    public static final Set<CameraView> VIEWS = Set.of(CameraView.SIDE, CameraView.OBLIQUE);
    /**
     * The most a stored neutral trunk may lean, either way: the top of the range of
     * {@code calibrate.stance.trunk_max} (calibration/defaults.json), the widest tolerance calibrate accepts.
     */
    public static final double MAX_TRUNK_INCLINATION = 30;

    public StanceNeutral {
        if (provenance == null || view == null || segments == null) {
            throw new IllegalArgumentException("a stance neutral needs its provenance, view and segments");
        }
        if (!VIEWS.contains(view)) {
            throw new IllegalArgumentException("a stance is measured side-on or oblique, not " + view);
        }
        NeutralPosture.calibrated(headLineDegrees, hipLineDegrees); // its limits, its message
        if (!(Math.abs(trunkInclinationDegrees) <= MAX_TRUNK_INCLINATION)) {
            throw new IllegalArgumentException("a neutral trunk inclination must be -" + Threshold.format(MAX_TRUNK_INCLINATION)
                    + ".." + Threshold.format(MAX_TRUNK_INCLINATION) + " degrees, not " + trunkInclinationDegrees);
        }
    }

    /** What kinematics measures the back from. */
    public NeutralPosture posture() {
        return NeutralPosture.calibrated(headLineDegrees, hipLineDegrees);
    }
}
