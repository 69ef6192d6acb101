package dev.formcheck.desk;

import dev.formcheck.analysis.thresholds.Thresholds;

/**
 * The numbers a single sample is judged by, relative to the baseline, read once from the
 * {@code desk.*} thresholds (calibration/defaults.json, where each has its reason and source).
 * Each pair is an enter value and the exit value that leaves the state again (hysteresis).
 */
public record PostureThresholds(
        double frontHeadDropEnter, double frontHeadDropExit, double frontSlouchMaxSize,
        double frontHeadHeightEnter, double frontHeadHeightExit,
        double frontLeanInEnter, double frontLeanInExit,
        double frontLeanBackEnter, double frontLeanBackExit,
        double frontSideTiltEnter, double frontSideTiltExit,
        double frontHeadOffsetEnter, double frontHeadOffsetExit,
        double sideTrunkForwardEnter, double sideTrunkForwardExit,
        double sideTrunkBackEnter, double sideTrunkBackExit,
        double sideNeckForwardEnter, double sideNeckForwardExit,
        double userMinSize, double userMaxSize, double userMaxShift) {

    public static PostureThresholds from(Thresholds t) {
        return new PostureThresholds(
                t.ratio("desk.front.head_drop.enter"), t.ratio("desk.front.head_drop.exit"), t.ratio("desk.front.slouch.max_size"),
                t.ratio("desk.front.head_height.enter"), t.ratio("desk.front.head_height.exit"),
                t.ratio("desk.front.lean_in.enter"), t.ratio("desk.front.lean_in.exit"),
                t.ratio("desk.front.lean_back.enter"), t.ratio("desk.front.lean_back.exit"),
                t.degrees("desk.front.side_tilt.enter"), t.degrees("desk.front.side_tilt.exit"),
                t.ratio("desk.front.head_offset.enter"), t.ratio("desk.front.head_offset.exit"),
                t.degrees("desk.side.trunk_forward.enter"), t.degrees("desk.side.trunk_forward.exit"),
                t.degrees("desk.side.trunk_back.enter"), t.degrees("desk.side.trunk_back.exit"),
                t.degrees("desk.side.neck_forward.enter"), t.degrees("desk.side.neck_forward.exit"),
                t.ratio("desk.user.min_size"), t.ratio("desk.user.max_size"), t.ratio("desk.user.max_shift"));
    }
}
