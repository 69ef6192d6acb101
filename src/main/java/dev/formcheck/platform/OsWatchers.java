package dev.formcheck.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Chooses how to hear this operating system (decision 0085). */
public final class OsWatchers {
    private OsWatchers() {
    }

    /**
     * The signals of the system FormCheck runs on; those the OS keeps only as a state that no event
     * announces (Windows, macOS) polled every {@code poll}. Not yet started.
     */
    public static OsSignals forThisSystem(Duration poll) {
        return forSystem(System.getProperty("os.name", ""), System.getenv(), poll);
    }

    static OsSignals forSystem(String osName, Map<String, String> environment, Duration poll) {
        String os = osName.toLowerCase(Locale.ROOT);
        Map<Signal, String> unheard = new EnumMap<>(Signal.class);
        if (os.contains("linux")) {
            return new OsSignals(Clock.systemUTC(), List.of(new EwmhFullScreenWatch(new EwmhFullScreen(environment)),
                    new LogindWatch(LogindWatch.Bus.system())), unheard);
        }
        if (os.contains("windows")) {
            WindowsNotificationState shell = new WindowsNotificationState();
            unheard.put(Signal.ASLEEP, "Windows announces sleep to a program's windows only, and Java does not pass it on;"
                    + " the time asleep still counts as away");
            return new OsSignals(Clock.systemUTC(), List.of(
                    new PolledWatcher("shell", poll, Set.of(Signal.SCREEN_LOCKED, Signal.FULL_SCREEN), shell::ask)), unheard);
        }
        if (os.contains("mac")) {
            MacScreenLock lock = new MacScreenLock();
            unheard.put(Signal.FULL_SCREEN, "macOS does not tell other programs when one fills the screen");
            unheard.put(Signal.ASLEEP, "macOS tells Java of sleep only while FormCheck's window runs;"
                    + " the time asleep still counts as away");
            return new OsSignals(Clock.systemUTC(), List.of(
                    new PolledWatcher("ioreg", poll, Set.of(Signal.SCREEN_LOCKED), () -> Map.of(Signal.SCREEN_LOCKED, lock.ask()))),
                    unheard);
        }
        return OsSignals.none("FormCheck knows no way to ask " + (osName.isBlank() ? "this operating system" : osName));
    }
}
