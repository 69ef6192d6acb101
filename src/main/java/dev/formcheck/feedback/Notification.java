package dev.formcheck.feedback;

import java.util.Objects;

/**
 * One message for the user, such as a slouch alert or a movement-break reminder.
 *
 * @param title   a few words, shown in bold where the desktop has bold
 * @param message one or two sentences saying what to do
 * @param urgency how insistent the desktop should be
 */
public record Notification(String title, String message, Urgency urgency) {
    /** Both levels are polite: FormCheck reminds, it never alarms. */
    public enum Urgency {
        /** A nudge that can wait, such as "time to stand up": shown without an icon. */
        GENTLE,
        /** Something happening now, such as a sustained slouch: shown with the information icon. */
        NORMAL
    }

    public Notification {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(urgency, "urgency");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a notification needs a title");
        }
    }
}
