package dev.formcheck.desk;

import dev.formcheck.feedback.Notifier;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which reminders are due now, and showing them: none while paused (snoozed, or the camera busy),
 * none in quiet hours or while they are held (a full-screen program in front, decision 0085): held,
 * not spent; no posture alert while the baseline looks stale, and no break reminder while away.
 */
final class ReminderChoice {
    private final Optional<QuietHours> quietHours;
    private final ZoneId zone;
    private final Notifier notifier;
    private final SlouchAlarm slouchAlarm;
    private final BreakReminder breakReminder;
    private final StaleBaselineAlarm staleAlarm;
    private boolean held;

    ReminderChoice(MonitorSettings settings, ZoneId zone, Notifier notifier,
                   SlouchAlarm slouchAlarm, BreakReminder breakReminder, StaleBaselineAlarm staleAlarm) {
        this.quietHours = settings.quietHours();
        this.zone = zone;
        this.notifier = notifier;
        this.slouchAlarm = slouchAlarm;
        this.breakReminder = breakReminder;
        this.staleAlarm = staleAlarm;
    }

    /** Holds (or stops holding) every reminder, as quiet hours do. */
    void hold(boolean hold) {
        held = hold;
    }

    boolean held() {
        return held;
    }

    /** Shows what is due at {@code now} for the held {@code state} and the streak begun at {@code streakStart} (null: none). */
    void remindIfDue(Instant now, boolean paused, Posture state, Instant streakStart, DayTally today, boolean standingDesk) {
        if (paused) {
            return;
        }
        if (quietHours.map(q -> q.contains(LocalTime.ofInstant(now, zone))).orElse(false)) {
            return; // held, not spent: what is due comes when the quiet hours end
        }
        if (held) {
            return; // likewise while a full-screen program is in front
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
