package dev.formcheck.ui;

import dev.formcheck.desk.DeskRequest;

import java.awt.Desktop;
import java.awt.desktop.ScreenSleepEvent;
import java.awt.desktop.ScreenSleepListener;
import java.awt.desktop.SystemSleepEvent;
import java.awt.desktop.SystemSleepListener;
import java.awt.desktop.UserSessionEvent;
import java.awt.desktop.UserSessionListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lets the desk camera go when the OS says the machine is going to sleep, the screen is sleeping,
 * or the user's session is switched away, where Java hears it: {@code java.awt.Desktop}'s app
 * events, which only some platforms (macOS) deliver. Each is forwarded as a pause that the matching
 * wake-up ends (decision 0056). Where none is supported, {@link #watch} says so and does nothing.
 */
public final class SleepWatch {
    /** Longer than any night: the wake-up event ends it; if none comes, it still ends by itself. */
    static final Duration UNTIL_WOKEN = Duration.ofHours(12);

    private SleepWatch() {
    }

    /** @return what is watched, in plain words; empty when this platform tells Java none of it */
    public static List<String> watch(Consumer<DeskRequest> requests) {
        List<String> watched = new ArrayList<>();
        if (!Desktop.isDesktopSupported()) {
            return watched;
        }
        Desktop desktop = Desktop.getDesktop();
        if (desktop.isSupported(Desktop.Action.APP_EVENT_SYSTEM_SLEEP)) {
            desktop.addAppEventListener(new SystemSleepListener() {
                @Override
                public void systemAboutToSleep(SystemSleepEvent e) {
                    requests.accept(new DeskRequest.Snooze(UNTIL_WOKEN));
                }

                @Override
                public void systemAwoke(SystemSleepEvent e) {
                    requests.accept(new DeskRequest.Resume());
                }
            });
            watched.add("the machine going to sleep");
        }
        if (desktop.isSupported(Desktop.Action.APP_EVENT_SCREEN_SLEEP)) {
            desktop.addAppEventListener(new ScreenSleepListener() {
                @Override
                public void screenAboutToSleep(ScreenSleepEvent e) {
                    requests.accept(new DeskRequest.Snooze(UNTIL_WOKEN));
                }

                @Override
                public void screenAwoke(ScreenSleepEvent e) {
                    requests.accept(new DeskRequest.Resume());
                }
            });
            watched.add("the screen going to sleep");
        }
        if (desktop.isSupported(Desktop.Action.APP_EVENT_USER_SESSION)) {
            desktop.addAppEventListener(new UserSessionListener() {
                @Override
                public void userSessionDeactivated(UserSessionEvent e) {
                    requests.accept(new DeskRequest.Snooze(UNTIL_WOKEN));
                }

                @Override
                public void userSessionActivated(UserSessionEvent e) {
                    requests.accept(new DeskRequest.Resume());
                }
            });
            watched.add("the user session being switched away");
        }
        return watched;
    }
}
