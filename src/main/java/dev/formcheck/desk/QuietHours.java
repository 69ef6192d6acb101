package dev.formcheck.desk;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A daily span without notifications, in local time; it may run past midnight (22:00-07:00).
 *
 * @param start first quiet minute
 * @param end first minute that is not quiet again
 */
public record QuietHours(LocalTime start, LocalTime end) {
    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("quiet hours need a start and an end that differ, not " + start + "-" + end);
        }
    }

    /** "22:00-07:00". */
    public static QuietHours parse(String text) {
        String[] parts = text.split("-");
        try {
            if (parts.length == 2) {
                return new QuietHours(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below with the expected form
        }
        throw new IllegalArgumentException("quiet hours are written HH:MM-HH:MM (22:00-07:00), not \"" + text + "\"");
    }

    public boolean contains(LocalTime t) {
        return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
    }
}
