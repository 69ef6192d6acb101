package dev.formcheck.session;

import dev.formcheck.desk.DeskMonitor;
import dev.formcheck.desk.ReminderCoach;
import dev.formcheck.platform.OsSignals;
import dev.formcheck.platform.Reading;
import dev.formcheck.platform.Signal;
import dev.formcheck.platform.SignalChange;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Carries out what the OS says in desk mode (decision 0085), on the session's thread: the screen
 * locked or the computer going to sleep makes the monitor count the user away and release the
 * camera until the screen is unlocked and the computer awake; a full-screen program in front
 * holds reminders (the monitor's and the coach's) until it leaves. Each change is said once in the
 * log. A signal that turns unknown (the bus went away) counts as off.
 */
public final class OsFollower {
    private final OsSignals os;
    private boolean locked;
    private boolean asleep;
    private boolean fullScreen;
    private Instant awaySince;

    public OsFollower(OsSignals os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    /** Takes the changes heard since the last call and says each; call before {@link #apply}, with or without a monitor. */
    public void take(DeskSession.Events events) {
        for (SignalChange c : os.take()) {
            boolean on = c.reading().isOn();
            boolean was = switch (c.signal()) {
                case SCREEN_LOCKED -> locked;
                case ASLEEP -> asleep;
                case FULL_SCREEN -> fullScreen;
            };
            switch (c.signal()) {
                case SCREEN_LOCKED -> locked = on;
                case ASLEEP -> asleep = on;
                case FULL_SCREEN -> fullScreen = on;
            }
            if ((locked || asleep) && awaySince == null) {
                awaySince = c.at();
            } else if (!locked && !asleep) {
                awaySince = null;
            }
            if (on != was) {
                events.said(c.at(), words(c.signal(), on, c.reading()));
            }
        }
    }

    /** Brings the monitor (and the coach) in line with what the OS said last. */
    public void apply(DeskMonitor monitor, Optional<ReminderCoach> coach, DeskSession.Events events) {
        if (awaySince != null && !monitor.isSystemAway()) {
            monitor.systemAway(awaySince).ifPresent(c -> events.stateChanged(c.at(), c.from(), c.to()));
        } else if (awaySince == null && monitor.isSystemAway()) {
            monitor.systemBack();
        }
        coach.ifPresent(c -> c.holdReminders(fullScreen));
        if (fullScreen != monitor.remindersHeld()) {
            monitor.holdReminders(fullScreen); // when let go, what fell due meanwhile comes now
        }
    }

    /** Whether the OS says a full-screen program is in front (as last taken). */
    public boolean fullScreen() {
        return fullScreen;
    }

    private static String words(Signal signal, boolean on, Reading reading) {
        if (!on && reading instanceof Reading.Unknown u) {
            return "the computer no longer says " + signal.when().replaceFirst("^when ", "whether ") + " (" + u.why() + ")";
        }
        return switch (signal) {
            case SCREEN_LOCKED -> on ? "screen locked: camera released, you count as away until it is unlocked"
                    : "screen unlocked: watching again";
            case ASLEEP -> on ? "the computer is going to sleep: camera released, you count as away"
                    : "the computer woke up: watching again";
            case FULL_SCREEN -> on ? "a full-screen program is in front: reminders wait until it leaves"
                    : "no full-screen program in front now: reminders come again";
        };
    }
}
