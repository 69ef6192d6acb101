package dev.formcheck.desk;

import dev.formcheck.feedback.Notification;

import java.time.Instant;
import java.util.Objects;

/**
 * A reminder as it should reach the user: the note, what it is about, and how insistently.
 *
 * @param step NOTICE: a quiet tray notice; SOUND: the notice with a soft sound; PANEL: the notice,
 *             the sound and a small always-on-top panel (that never takes the keyboard) with
 *             "I've fixed it", "Snooze 15 min" and "Pause 1 h"
 */
public record Reminder(Instant at, Kind kind, Step step, Notification note) {
    public enum Kind { POSTURE, BREAK, PRAISE, SIT_STAND, OTHER }

    public enum Step { NOTICE, SOUND, PANEL }

    public Reminder {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(note, "note");
    }

    public boolean withSound() {
        return step != Step.NOTICE;
    }

    public boolean withPanel() {
        return step == Step.PANEL;
    }
}
