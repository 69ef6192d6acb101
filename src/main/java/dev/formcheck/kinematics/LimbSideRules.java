package dev.formcheck.kinematics;

/**
 * When {@link LimbSides} names a side: the higher knee (a lunge's front leg) and the reaching arm
 * (a bird-dog's or dead bug's). Thresholds are data: the values come from
 * {@code calibration/defaults.json} ({@code limbs.*}), a user's calibration overriding them,
 * through {@code analysis.thresholds.StageRules}; {@link #defaults()} repeats the shipped values
 * for hand-built streams and tests, and a test holds the two equal.
 *
 * @param minKneeSplitShare the least height difference between the knees, as a share of the
 *     torso's length, that says one knee is higher
 * @param minReachDifferenceDegrees how much more one arm must be raised than the other to be the
 *     reaching arm
 */
public record LimbSideRules(double minKneeSplitShare, double minReachDifferenceDegrees) {
    public LimbSideRules {
        if (!(minKneeSplitShare > 0 && minKneeSplitShare <= 1)) {
            throw new IllegalArgumentException("the knees' least split must be a share of the torso above 0 and at most 1, not "
                    + minKneeSplitShare);
        }
        if (!(minReachDifferenceDegrees > 0 && minReachDifferenceDegrees < 180)) {
            throw new IllegalArgumentException("the reaching arm's least lead must be above 0 and below 180 degrees, not "
                    + minReachDifferenceDegrees);
        }
    }

    /** The values {@code calibration/defaults.json} ships (a test holds them equal): for hand-built streams and tests. */
    public static LimbSideRules defaults() {
        return new LimbSideRules(0.25, 40);
    }

    /** {@link #minKneeSplitShare} as {@link LimbSides#kneeSplit()} measures it: the angle a torso-long segment rises to span it. */
    public double minKneeSplitDegrees() {
        return Math.toDegrees(Math.asin(minKneeSplitShare));
    }
}
