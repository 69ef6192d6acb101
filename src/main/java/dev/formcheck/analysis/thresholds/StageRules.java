package dev.formcheck.analysis.thresholds;

import dev.formcheck.kinematics.LimbSideRules;
import dev.formcheck.pose.silhouette.BackSideRules;

/**
 * The thresholds the stages before the analysis decide by, read from a calibration (the shipped
 * defaults with the user's overrides) into the small records those stages take: pose and
 * kinematics never read calibration files themselves.
 */
public final class StageRules {
    private StageRules() {
    }

    /** How the outline tells an upright trunk's back side: {@code outline.facing.*}. */
    public static BackSideRules backSides(Thresholds thresholds) {
        return new BackSideRules(thresholds.ratio("outline.facing.nose_ahead_min"), thresholds.ratio("outline.facing.head_min_score"),
                thresholds.ratio("outline.facing.knee_offset_min"), thresholds.ratio("outline.facing.leg_min_score"));
    }

    /** When kinematics names the higher knee or the reaching arm: {@code limbs.*}. */
    public static LimbSideRules limbSides(Thresholds thresholds) {
        return new LimbSideRules(thresholds.ratio("limbs.knee_split_min"), thresholds.degrees("limbs.reach_difference_min"));
    }
}
