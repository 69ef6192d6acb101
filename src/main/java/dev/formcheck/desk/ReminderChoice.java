package dev.formcheck.desk;

import dev.formcheck.feedback.Notifier;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which reminders are due now, and showing them: none while paused (snoozed, or the camera busy),
 * none in quiet hours (held, not spent), no posture alert while the baseline looks stale, and no
 * break reminder while away.
 */
final class ReminderChoice {
    private final Optional<QuietHours> quietHours;
    private final ZoneId zone;
    private final Notifier notifier;
    private final SlouchAlarm slouchAlarm;
    private final BreakReminder breakReminder;
    private final StaleBaselineAlarm staleAlarm;

    ReminderChoice(MonitorSettings settings, ZoneId zone, Notifier notifier,
                   SlouchAlarm slouchAlarm, BreakReminder breakReminder, StaleBaselineAlarm staleAlarm) {
        this.quietHours = settings.quietHours();
        this.zone = zone;
        this.notifier = notifier;
        this.slouchAlarm = slouchAlarm;
        this.breakReminder = breakReminder;
        this.staleAlarm = staleAlarm;
    }

    /** Shows what is due at {@code now} for the held {@code state} and the streak begun at {@code streakStart} (null: none). */
    void remindIfDue(Instant now, boolean paused, Posture state, Instant streakStart, DayTally today, boolean standingDesk) {
        if (paused) {
            return;
        }
        if (quietHours.map(q -> q.contains(LocalTime.ofInstant(now, zone))).orElse(false)) {
            return; // held, not spent: what is due comes when the quiet hours end
        }
        if (slouchAlarm.isDue(now) && !staleAlarm.isStale()) {
            today.slouchAlert();
            notifier.show(SlouchAlarm.alertFor(state.state()));
            slouchAlarm.backOff(now);
        }
        if (streakStart != null && state.state() != DeskState.AWAY) {
            breakReminder.remindIfDue(streakStart, now, today, notifier, standingDesk);
        }
    }
}
