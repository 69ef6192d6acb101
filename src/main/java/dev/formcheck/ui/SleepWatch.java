package dev.formcheck.ui;

import dev.formcheck.platform.OsSignals;
import dev.formcheck.platform.Reading;
import dev.formcheck.platform.Signal;

import java.awt.Desktop;
import java.awt.desktop.ScreenSleepEvent;
import java.awt.desktop.ScreenSleepListener;
import java.awt.desktop.SystemSleepEvent;
import java.awt.desktop.SystemSleepListener;
import java.awt.desktop.UserSessionEvent;
import java.awt.desktop.UserSessionListener;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What Java itself hears of sleep, where the platform tells it: {@code java.awt.Desktop}'s app
 * events (the machine or the screen going to sleep, the user's session switched away), which only
 * some platforms deliver (macOS; not Linux). Each is reported to the desk's {@link OsSignals} as
 * the computer asleep until the matching wake-up, so desk mode counts the person away and lets the
 * camera go, as for the OS's own signals (decisions 0056, 0085).
 */
public final class SleepWatch {
    private enum Why { SYSTEM, SCREEN, SESSION }

    private final OsSignals os;
    private final Set<Why> asleep = EnumSet.noneOf(Why.class);

    private SleepWatch(OsSignals os) {
        this.os = os;
    }

    /** @return what is watched, in plain words; empty when this platform tells Java none of it */
    public static List<String> watch(OsSignals os) {
        List<String> watched = new ArrayList<>();
        if (!Desktop.isDesktopSupported()) {
            return watched;
        }
        SleepWatch watch = new SleepWatch(os);
        Desktop desktop = Desktop.getDesktop();
        if (desktop.isSupported(Desktop.Action.APP_EVENT_SYSTEM_SLEEP)) {
            desktop.addAppEventListener(new SystemSleepListener() {
                @Override
                public void systemAboutToSleep(SystemSleepEvent e) {
                    watch.sleeps(Why.SYSTEM, true);
                }

                @Override
                public void systemAwoke(SystemSleepEvent e) {
                    watch.sleeps(Why.SYSTEM, false);
                }
            });
            watched.add("the machine going to sleep");
        }
        if (desktop.isSupported(Desktop.Action.APP_EVENT_SCREEN_SLEEP)) {
            desktop.addAppEventListener(new ScreenSleepListener() {
                @Override
                public void screenAboutToSleep(ScreenSleepEvent e) {
                    watch.sleeps(Why.SCREEN, true);
                }

                @Override
                public void screenAwoke(ScreenSleepEvent e) {
                    watch.sleeps(Why.SCREEN, false);
                }
            });
            watched.add("the screen going to sleep");
        }
        if (desktop.isSupported(Desktop.Action.APP_EVENT_USER_SESSION)) {
            desktop.addAppEventListener(new UserSessionListener() {
                @Override
                public void userSessionDeactivated(UserSessionEvent e) {
                    watch.sleeps(Why.SESSION, true);
                }

                @Override
                public void userSessionActivated(UserSessionEvent e) {
                    watch.sleeps(Why.SESSION, false);
                }
            });
            watched.add("the user session being switched away");
        }
        if (!watched.isEmpty()) {
            os.report(Signal.ASLEEP, Reading.OFF); // heard from here on
        }
        return watched;
    }

    /** Asleep while any of the three is. */
    private synchronized void sleeps(Why why, boolean now) {
        if (now) {
            asleep.add(why);
        } else {
            asleep.remove(why);
        }
        os.report(Signal.ASLEEP, asleep.isEmpty() ? Reading.OFF : Reading.ON);
    }
}
