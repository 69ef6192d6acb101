package dev.formcheck.pose.silhouette;

/**
 * How an upright trunk's back side is told ({@link BackOutlineTracer}'s class comment): by the face,
 * else by bent knees. Thresholds are data: the values come from {@code calibration/defaults.json}
 * ({@code outline.facing.*}), a user's calibration overriding them, through
 * {@code analysis.thresholds.StageRules}; {@link #defaults()} repeats the shipped values for
 * hand-built readers and tests, and a test holds the two equal.
 *
 * @param minNoseAhead how far (share of the trunk's length, across the trunk) the nose must stand
 *     ahead of the ears for the face to say which way the trunk faces
 * @param minHeadScore a head keypoint below this score says nothing of the facing
 * @param minKneeOffset how far (share of the trunk's length, across the trunk) a bent knee must
 *     stand off the line from its hip to its ankle for the leg to say which way the body faces
 * @param minLegScore a leg keypoint below this score says nothing of the facing
 */
public record BackSideRules(double minNoseAhead, double minHeadScore, double minKneeOffset, double minLegScore) {
    public BackSideRules {
        requireShare("the nose's lead over the ears", minNoseAhead);
        requireScore("a head keypoint's least score", minHeadScore);
        requireShare("a bent knee's least offset", minKneeOffset);
        requireScore("a leg keypoint's least score", minLegScore);
    }

    /** The values {@code calibration/defaults.json} ships (a test holds them equal): for hand-built readers and tests. */
    public static BackSideRules defaults() {
        return new BackSideRules(0.05, 0.3, 0.10, 0.3);
    }

    private static void requireShare(String what, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(what + " must be a share of the trunk above 0 and below 1, not " + value);
        }
    }

    private static void requireScore(String what, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(what + " must be 0 or more and below 1, not " + value);
        }
    }
}
