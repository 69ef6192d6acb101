package dev.formcheck.desk;

import java.time.Duration;
import java.util.Objects;

/**
 * What the user asks of the monitor from outside its loop (the tray's menu, later the window):
 * intent only. The monitor decides what follows ({@link DeskMonitor#apply}).
 */
public sealed interface DeskRequest permits DeskRequest.Snooze, DeskRequest.Resume, DeskRequest.Fixed {
    /** No reminders and the camera released for {@code length}; a snooze and a pause differ only in length. */
    record Snooze(Duration length) implements DeskRequest {
        public Snooze {
            Objects.requireNonNull(length, "length");
            if (length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("a snooze must last longer than zero, got " + length);
            }
        }
    }

    /** End a snooze now; nothing happens when none is running. */
    record Resume() implements DeskRequest {
    }

    /** "I've fixed it": the user answered a reminder; the escalation starts again, the posture is judged as it comes. */
    record Fixed() implements DeskRequest {
    }
}
