package dev.formcheck.desk;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the day's break history.
 *
 * @param kind TAKEN (away long enough), SKIPPED (a break reminder the user sat through until the next), SNOOZED (reminders put off)
 * @param at when it started (the break, the reminder, the snooze)
 * @param minutes how long: the break's or the snooze's length; for SKIPPED, the streak when the reminder came
 */
public record BreakEntry(Kind kind, Instant at, double minutes) {
    public enum Kind { TAKEN, SKIPPED, SNOOZED }

    public BreakEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
