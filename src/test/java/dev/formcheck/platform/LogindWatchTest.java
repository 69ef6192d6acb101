package dev.formcheck.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The logind watcher: dbus-send's replies and failures read (the failures as dbus-send printed
 * them here), the real watcher on this machine's missing system bus, and the real watcher on a
 * private {@code dbus-daemon} where {@code gdbus emit} sends logind's two signal shapes.
 */
class LogindWatchTest {
    private static final String SESSION = "/org/freedesktop/login1/session/_32";
    private Process daemon;

    @AfterEach
    void stopTheBus() {
        if (daemon != null) {
            daemon.destroy();
        }
    }

    @Test
    void repliesAreRead() {
        assertThat(LogindWatch.sessionPath("method return time=1796693632.9 sender=:1.3 -> destination=:1.99 serial=10 reply_serial=2\n"
                + "   object path \"/org/freedesktop/login1/session/_32\"\n")).contains(SESSION);
        assertThat(LogindWatch.lockedHint("method return time=1796693632.9 sender=:1.3 -> destination=:1.99 serial=11 reply_serial=2\n"
                + "   variant       boolean true\n")).isEqualTo(Reading.ON);
        assertThat(LogindWatch.lockedHint("method return time=1.0 sender=:1.3 -> destination=:1.9 serial=1 reply_serial=2\n"
                + "   variant       boolean false\n")).isEqualTo(Reading.OFF);
        assertThat(LogindWatch.lockedHint("garbled")).isInstanceOf(Reading.Unknown.class);
    }

    @Test
    void failuresSayWhyInPlainWords() {
        assertThat(LogindWatch.whyNotAsked("dbus-send failed (Failed to open connection to \"system\" message bus: Failed to connect"
                + " to socket /run/dbus/system_bus_socket: No such file or directory)"))
                .isEqualTo("no system message bus answers, so the login manager (systemd-logind) cannot be asked");
        assertThat(LogindWatch.whyNotAsked("dbus-send failed (Error org.freedesktop.DBus.Error.ServiceUnknown: The name"
                + " org.freedesktop.login1 was not provided by any .service files)"))
                .isEqualTo("the login manager (systemd-logind) is not running");
        assertThat(LogindWatch.whyNotAsked("dbus-send failed (Error org.freedesktop.login1.NoSessionForPID: PID 4242 does not"
                + " belong to any known session)")).isEqualTo("FormCheck does not run inside a login session the login manager knows");
        assertThat(LogindWatch.whyNotAsked("the command dbus-send is not installed")).isEqualTo("the command dbus-send is not installed");
    }

    @Test
    @Timeout(10)
    void withoutASystemBusBothSignalsAreUnknownWithTheReason() throws InterruptedException {
        assumeTrue(!Files.exists(Path.of("/run/dbus/system_bus_socket")), "this machine has a system bus");
        assumeTrue(onPath("dbus-send"), "dbus-send (Debian dbus-bin) is not installed");
        OsSignals signals = new OsSignals(Clock.systemUTC(), List.of(new LogindWatch(LogindWatch.Bus.system())), Map.of()).start();
        try {
            Reading expected = new Reading.Unknown("no system message bus answers, so the login manager (systemd-logind) cannot be asked");
            awaitReading(signals, Signal.ASLEEP, expected);
            assertThat(signals.latest(Signal.SCREEN_LOCKED)).isEqualTo(expected);
            assertThat(signals.cannotTell()).contains("FormCheck cannot tell when your screen is locked or when the computer goes to sleep on this system: "
                    + "no system message bus answers, so the login manager (systemd-logind) cannot be asked.");
        } finally {
            signals.close();
        }
    }

    @Test
    @Timeout(12)
    void onARealBusTheSignalsLogindSendsAreHeard() throws IOException, InterruptedException {
        assumeTrue(onPath("dbus-daemon") && onPath("dbus-monitor") && onPath("gdbus"),
                "needs dbus-daemon, dbus-monitor (Debian dbus-daemon, dbus-bin) and gdbus (libglib2.0-bin)");
        daemon = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address=1").start();
        String address = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(address).startsWith("unix:");
        LogindWatch watch = new LogindWatch(LogindWatch.Bus.at(address), Optional.of(SESSION));
        OsSignals signals = new OsSignals(Clock.systemUTC(), List.of(watch), Map.of()).start();
        try {
            awaitReading(signals, Signal.ASLEEP, Reading.OFF);
            Thread.sleep(300); // dbus-monitor has added its match rules
            List<SignalChange> heard = new ArrayList<>(signals.take());

            emit(address, "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "true");
            awaitReading(signals, Signal.ASLEEP, Reading.ON);
            emit(address, SESSION, "org.freedesktop.DBus.Properties.PropertiesChanged", "'org.freedesktop.login1.Session'",
                    "{'LockedHint': <true>}", "@as []");
            awaitReading(signals, Signal.SCREEN_LOCKED, Reading.ON);
            emit(address, "/org/freedesktop/login1/session/c2", "org.freedesktop.DBus.Properties.PropertiesChanged",
                    "'org.freedesktop.login1.Session'", "{'LockedHint': <false>}", "@as []"); // another session's: not ours
            emit(address, SESSION, "org.freedesktop.DBus.Properties.PropertiesChanged", "'org.freedesktop.login1.Session'",
                    "{'IdleHint': <true>, 'LockedHint': <false>}", "@as []");
            awaitReading(signals, Signal.SCREEN_LOCKED, Reading.OFF);
            emit(address, "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "false");
            awaitReading(signals, Signal.ASLEEP, Reading.OFF);

            heard.addAll(signals.take());
            assertThat(heard).extracting(c -> c.signal() + " " + c.reading().isOn()).containsSubsequence(
                    "ASLEEP true", "SCREEN_LOCKED true", "SCREEN_LOCKED false", "ASLEEP false");
            assertThat(heard).filteredOn(c -> c.signal() == Signal.SCREEN_LOCKED && c.reading().equals(Reading.OFF))
                    .as("the other session's unlock came before ours and was not taken for it").hasSize(2); // the start's, and ours
        } finally {
            signals.close();
        }
    }

    private static void emit(String address, String path, String signal, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("gdbus", "emit", "--address", address, "--object-path", path, "--signal", signal));
        command.addAll(List.of(arguments));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    }

    static void awaitReading(OsSignals signals, Signal signal, Reading expected) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!signals.latest(signal).equals(expected) && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(signals.latest(signal)).isEqualTo(expected);
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
