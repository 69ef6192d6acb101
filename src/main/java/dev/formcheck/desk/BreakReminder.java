package dev.formcheck.desk;

import dev.formcheck.feedback.Notification;
import dev.formcheck.feedback.Notifier;

import java.time.Duration;
import java.time.Instant;

/**
 * The break reminder: a sitting streak of {@code breakRemindAfter} brings a GENTLE reminder,
 * repeated every {@code breakRepeat}; a reminder sat through until the next one is recorded as a
 * skipped break.
 */
final class BreakReminder {
    /** The break reminder's title, by which reminders tell it from the others. */
    static final String TITLE = "Time to move";

    private final Duration remindAfter;
    private final Duration repeat;
    private Instant nextReminder;
    private Instant unanswered;

    BreakReminder(MonitorSettings settings) {
        this.remindAfter = settings.breakRemindAfter();
        this.repeat = settings.breakRepeat();
    }

    /**
     * Reminds when due in the streak that began at {@code streakStart}; records a reminder sat
     * through as skipped. {@code standingDesk}: the streak may hold standing too, so it is time "at
     * your desk", not sitting.
     */
    void remindIfDue(Instant streakStart, Instant now, DayTally today, Notifier notifier, boolean standingDesk) {
        if (nextReminder == null) {
            nextReminder = streakStart.plus(remindAfter);
        }
        if (now.isBefore(nextReminder)) {
            return;
        }
        if (unanswered != null) {
            today.addBreak(new BreakEntry(BreakEntry.Kind.SKIPPED, unanswered,
                    Duration.between(streakStart, unanswered).toSeconds() / 60.0));
        }
        today.breakReminder();
        notifier.show(new Notification(TITLE, (standingDesk ? "You have been at your desk for " : "You have been sitting for ")
                + Duration.between(streakStart, now).toMinutes()
                + " minutes. Stand up, stretch and move around for a few minutes.", Notification.Urgency.GENTLE));
        unanswered = now;
        nextReminder = now.plus(repeat);
    }

    /** The user answered the last reminder (a snooze): it is not a skipped break. */
    void answered() {
        unanswered = null;
    }

    /** The streak ended: the next streak is timed afresh. */
    void streakEnded() {
        nextReminder = null;
        unanswered = null;
    }
}
