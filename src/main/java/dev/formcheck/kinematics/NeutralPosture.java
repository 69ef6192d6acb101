package dev.formcheck.kinematics;

/**
 * The angles of a person's neutral spine, side-on: what {@link KeypointSpineEstimator} measures
 * flexion from. Calibration (standing or sitting upright side-on for a few seconds, issue 5) will
 * store the user's own; without it the defaults describe ideal alignment.
 *
 * @param headLineDegrees ear-shoulder-hip on the front of the body in neutral ({@link BodyAngles#headNeck()})
 * @param hipLineDegrees shoulder-hip-knee on the front of the body standing in neutral ({@link BodyAngles#hip()})
 * @param source whether these are the user's or the defaults
 */
public record NeutralPosture(double headLineDegrees, double hipLineDegrees, Source source) {
    public enum Source { DEFAULT, CALIBRATED }

    /**
     * Ideal standing alignment: Kendall's plumb line passes through the ear (external auditory
     * meatus), the shoulder joint and, just behind it, the hip joint, so ear, shoulder and hip
     * are in line (F. P. Kendall et al., <i>Muscles: Testing and Function, with Posture and
     * Pain</i>, 5th ed., 2005, "ideal alignment"). Our rendered body stands at 176.9°. Most
     * people carry the head further forward: Thunder on the shared side-on photos of a person
     * sitting upright gives 156-169°, which reads as flexion until calibrated (docs/kinematics.md).
     */
    public static final double DEFAULT_HEAD_LINE = 180;
    /** Ideal alignment again: shoulder, hip and knee on the plumb line (Kendall, as above); our body: 180.2°. */
    public static final double DEFAULT_HIP_LINE = 180;

    /** Neutral head lines outside this are not a person standing upright side-on (a calibration gone wrong). */
    public static final double MIN_HEAD_LINE = 130;
    public static final double MAX_HEAD_LINE = 210;
    /** Neutral hip lines outside this are not standing upright. */
    public static final double MIN_HIP_LINE = 160;
    public static final double MAX_HIP_LINE = 200;

    public NeutralPosture {
        if (!(headLineDegrees >= MIN_HEAD_LINE && headLineDegrees <= MAX_HEAD_LINE)) {
            throw new IllegalArgumentException("a neutral head line must be " + MIN_HEAD_LINE + ".." + MAX_HEAD_LINE
                    + " degrees, not " + headLineDegrees);
        }
        if (!(hipLineDegrees >= MIN_HIP_LINE && hipLineDegrees <= MAX_HIP_LINE)) {
            throw new IllegalArgumentException("a neutral hip line must be " + MIN_HIP_LINE + ".." + MAX_HIP_LINE
                    + " degrees, not " + hipLineDegrees);
        }
        if (source == null) {
            throw new IllegalArgumentException("a neutral posture needs its source");
        }
    }

    public static NeutralPosture defaults() {
        return new NeutralPosture(DEFAULT_HEAD_LINE, DEFAULT_HIP_LINE, Source.DEFAULT);
    }

    /** The user's own neutral, as calibration measured it. */
    public static NeutralPosture calibrated(double headLineDegrees, double hipLineDegrees) {
        return new NeutralPosture(headLineDegrees, hipLineDegrees, Source.CALIBRATED);
    }

    public boolean isCalibrated() {
        return source == Source.CALIBRATED;
    }
}
