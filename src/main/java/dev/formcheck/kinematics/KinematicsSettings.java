package dev.formcheck.kinematics;

/**
 * What {@link Kinematics} works with, validated once.
 *
 * @param neutral the user's neutral spine ({@link NeutralPosture#defaults()} without calibration)
 * @param keypoints which of a found person's keypoints to measure
 * @param forgetAfterMicros after this long without a person, side and facing are chosen afresh
 *     ({@link #FORGET_AFTER_MICROS})
 * @param limbs when a knee is the higher or an arm the reaching one ({@link LimbSides}): the user's
 *     thresholds, or {@link LimbSideRules#defaults()} for hand-built streams and tests
 */
public record KinematicsSettings(NeutralPosture neutral, Keypoints keypoints, long forgetAfterMicros, LimbSideRules limbs) {
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
        if (neutral == null || keypoints == null || limbs == null) {
            throw new IllegalArgumentException("kinematics settings need a neutral posture, a keypoint choice and limb rules");
        }
        if (forgetAfterMicros < 0) {
            throw new IllegalArgumentException("the time to forget a person must not be negative, not " + forgetAfterMicros + " µs");
        }
    }

    public static KinematicsSettings defaults() {
        return new KinematicsSettings(NeutralPosture.defaults(), Keypoints.SMOOTHED, FORGET_AFTER_MICROS, LimbSideRules.defaults());
    }

    public KinematicsSettings withNeutral(NeutralPosture n) {
        return new KinematicsSettings(n, keypoints, forgetAfterMicros, limbs);
    }

    public KinematicsSettings withKeypoints(Keypoints k) {
        return new KinematicsSettings(neutral, k, forgetAfterMicros, limbs);
    }

    public KinematicsSettings withLimbs(LimbSideRules l) {
        return new KinematicsSettings(neutral, keypoints, forgetAfterMicros, l);
    }
}
