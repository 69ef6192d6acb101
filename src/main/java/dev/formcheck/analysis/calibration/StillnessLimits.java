package dev.formcheck.analysis.calibration;

import dev.formcheck.analysis.thresholds.Thresholds;

/**
 * How still a calibration stream must be ({@code calibrate.still.*} in calibration/defaults.json).
 *
 * @param maxTravel the farthest the trunk's centre may travel, in the trunk's own size
 * @param maxSizeChange the most the trunk's size may grow from its small end to its large end, as a ratio
 * @param maxTurnShare the largest share of frames that may face the other way or show another side
 */
public record StillnessLimits(double maxTravel, double maxSizeChange, double maxTurnShare) {
    public StillnessLimits {
        if (!(maxTravel > 0) || !(maxSizeChange > 1) || !(maxTurnShare >= 0 && maxTurnShare < 0.5)) {
            throw new IllegalArgumentException("stillness limits: travel must be positive, size change above 1, "
                    + "turn share in [0, 0.5)");
        }
    }

    public static StillnessLimits of(Thresholds t) {
        return new StillnessLimits(t.ratio("calibrate.still.max_travel"), t.ratio("calibrate.still.max_size_change"),
                t.ratio("calibrate.still.max_turn_share"));
    }
}
