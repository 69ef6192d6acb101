package dev.formcheck.feedback;

import java.util.Objects;

/**
 * One message for the user, shown by a {@link Notifier} (the tray, or the terminal in headless runs).
 *
 * @param title a few words: "Sit tall"
 * @param message one or two short sentences saying what to do
 * @param urgency how insistent the notifier may be
 */
public record Notification(String title, String message, Urgency urgency) {
    /** How insistent a notification may be; neither steals focus. */
    public enum Urgency { GENTLE, NORMAL }

    public Notification {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(urgency, "urgency");
    }
}
