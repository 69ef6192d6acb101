package dev.formcheck.desk;

import dev.formcheck.analysis.thresholds.Thresholds;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The desk monitor's timings, read once from the {@code desk.*} thresholds (calibration/defaults.json
 * says why each has its value), and the user's quiet hours.
 */
public record MonitorSettings(
        Duration minState, Duration awayAfter, Duration breakMinAway, Duration breakRemindAfter, Duration breakRepeat,
        Duration slouchAlertAfter, Duration slouchMaxBackoff, Duration sampleInterval, Duration cameraRecheck,
        Duration summaryFlush, Duration staleAfter, double staleShare, Duration staleWindow, Optional<QuietHours> quietHours) {

    public MonitorSettings {
        Objects.requireNonNull(quietHours, "quietHours");
        for (Duration d : new Duration[] {minState, awayAfter, breakMinAway, breakRemindAfter, breakRepeat, slouchAlertAfter,
                slouchMaxBackoff, sampleInterval, cameraRecheck, summaryFlush, staleAfter, staleWindow}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("every desk monitor duration must be positive");
            }
        }
    }

    public static MonitorSettings from(Thresholds t, Optional<QuietHours> quietHours) {
        return new MonitorSettings(ms(t, "desk.min_state"), ms(t, "desk.away_after"), ms(t, "desk.break.min_away"),
                ms(t, "desk.break.remind_after"), ms(t, "desk.break.repeat"), ms(t, "desk.slouch.alert_after"),
                ms(t, "desk.slouch.max_backoff"), ms(t, "desk.sample_interval"), ms(t, "desk.camera.recheck"),
                ms(t, "desk.summary.flush"), ms(t, "desk.baseline.stale_after"), t.ratio("desk.baseline.stale_share"),
                ms(t, "desk.baseline.stale_window"), quietHours);
    }

    private static Duration ms(Thresholds t, String name) {
        return Duration.ofNanos(t.micros(name) * 1000);
    }
}
