package dev.formcheck.kinematics;

/**
 * What {@link Kinematics} works with, validated once.
 *
 * @param neutral the user's neutral spine ({@link NeutralPosture#defaults()} without calibration)
 * @param keypoints which of a found person's keypoints to measure
 * @param forgetAfterMicros after this long without a person, side and facing are chosen afresh
 *     ({@link #FORGET_AFTER_MICROS})
 */
public record KinematicsSettings(NeutralPosture neutral, Keypoints keypoints, long forgetAfterMicros) {
    /** Which keypoints of a {@code TrackedPose.PersonFound} are measured. */
    public enum Keypoints {
        /** The smoothed keypoints (less jitter in every angle). The default. */
        SMOOTHED,
        /** The model's keypoints as they came (for checking the smoothing, or sharp events). */
        RAW
    }

    /**
     * 500 ms, the tracker's own hold ({@code TrackingSettings.HOLD_MICROS}): a gap the tracker
     * bridges is one kinematics bridges too; after it, the person may have turned or be someone else.
     */
    public static final long FORGET_AFTER_MICROS = 500_000;

    public KinematicsSettings {
        if (neutral == null || keypoints == null) {
            throw new IllegalArgumentException("kinematics settings need a neutral posture and a keypoint choice");
        }
        if (forgetAfterMicros < 0) {
            throw new IllegalArgumentException("the time to forget a person must not be negative, not " + forgetAfterMicros + " µs");
        }
    }

    public static KinematicsSettings defaults() {
        return new KinematicsSettings(NeutralPosture.defaults(), Keypoints.SMOOTHED, FORGET_AFTER_MICROS);
    }

    public KinematicsSettings withNeutral(NeutralPosture n) {
        return new KinematicsSettings(n, keypoints, forgetAfterMicros);
    }

    public KinematicsSettings withKeypoints(Keypoints k) {
        return new KinematicsSettings(neutral, k, forgetAfterMicros);
    }
}
