package dev.formcheck.desk;

import dev.formcheck.feedback.Notification;

import java.time.Duration;
import java.time.Instant;

/**
 * The poor-posture alert's timing: armed when a poor posture begins, due {@code slouchAlertAfter}
 * later, then repeated at doubling intervals up to {@code slouchMaxBackoff} (polite, not nagging).
 */
final class SlouchAlarm {
    /** The posture alert's title, by which reminders tell it from the others. */
    static final String TITLE = "Sit tall";

    private final Duration firstAfter;
    private final Duration maxBackoff;
    private Instant poorSince;
    private Instant nextAlert;
    private Duration gap;

    SlouchAlarm(MonitorSettings settings) {
        this.firstAfter = settings.slouchAlertAfter();
        this.maxBackoff = settings.slouchMaxBackoff();
    }

    /** A poor posture is timed from {@code since}. */
    void arm(Instant since) {
        poorSince = since;
        gap = firstAfter;
        nextAlert = since.plus(gap);
    }

    /** No poor posture is being timed. */
    void disarm() {
        poorSince = null;
    }

    boolean isArmed() {
        return poorSince != null;
    }

    boolean isDue(Instant now) {
        return poorSince != null && !now.isBefore(nextAlert);
    }

    /** An alert was given at {@code now}: the next one waits twice as long, up to the maximum. */
    void backOff(Instant now) {
        gap = min(gap.multipliedBy(2), maxBackoff);
        nextAlert = now.plus(gap);
    }

    static Notification alertFor(DeskState state) {
        return new Notification(TITLE, message(state), Notification.Urgency.NORMAL);
    }

    private static String message(DeskState state) {
        return switch (state) {
            case FORWARD_HEAD -> "Your head has crept forward. Bring it back over your shoulders, chin slightly tucked.";
            case LEANING -> "You are leaning to one side. Sit evenly on both hips, shoulders level.";
            default -> "You have been slumped for a while. Sit back in the chair, tall through the spine, shoulders relaxed.";
        };
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
