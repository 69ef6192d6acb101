package dev.formcheck.desk;

import dev.formcheck.feedback.Notification;
import dev.formcheck.feedback.Notifier;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the baseline looks stale, for the desk monitor: too old when the monitor starts, or
 * wrong by the samples ({@link StaleBaselineWatch}). The user is warned once (GENTLE); posture
 * alerts are held back while it looks stale.
 */
final class StaleBaselineAlarm {
    private final MonitorSettings settings;
    private final Notifier notifier;
    private final StaleBaselineWatch watch;
    private boolean warned;
    private boolean baselineOld;
    private boolean stale;

    StaleBaselineAlarm(MonitorSettings settings, Notifier notifier) {
        this.settings = settings;
        this.notifier = notifier;
        // a sample stands for at most two intervals: a released camera adds no judged time
        this.watch = new StaleBaselineWatch(settings.staleWindow(), settings.staleShare(),
                settings.sampleInterval().multipliedBy(2));
    }

    /** Warns when the baseline, measured at {@code measuredAt}, is older than {@code staleAfter} at {@code now}. */
    void checkAge(Optional<Instant> measuredAt, Instant now) {
        measuredAt.ifPresent(at -> {
            if (Duration.between(at, now).compareTo(settings.staleAfter()) > 0) {
                baselineOld = true;
                warn("Your posture baseline is " + Duration.between(at, now).toDays()
                        + " days old; if the chair, desk or camera moved since, run calibrate --pose sitting again.");
            }
        });
    }

    /** Takes in a sample of the user; {@code p} null: one that could not be judged. */
    void record(Instant now, Posture p) {
        boolean lookedWrong = watch.record(now, p != null && p.equals(Posture.UPRIGHT));
        if (lookedWrong && !stale) {
            warn("For " + settings.staleWindow().toMinutes() + " minutes I have hardly seen you upright: if the camera "
                    + "or the chair moved, run calibrate --pose sitting again. Posture alerts are paused until then.");
        }
        stale = baselineOld || lookedWrong;
    }

    boolean isStale() {
        return stale;
    }

    private void warn(String message) {
        stale = true;
        if (!warned) {
            warned = true;
            notifier.show(new Notification("Baseline out of date?", message, Notification.Urgency.GENTLE));
        }
    }
}
