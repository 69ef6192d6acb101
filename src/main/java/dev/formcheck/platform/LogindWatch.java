package dev.formcheck.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screen lock and sleep on Linux, as systemd-logind tells them on the system message bus: our
 * login session's {@code LockedHint} (set by the desktop's screen locker: GNOME, KDE and others
 * do) and the manager's {@code PrepareForSleep} signal. Asked with the D-Bus reference tools
 * (Debian {@code dbus-bin}): {@code dbus-send} finds our session and its lock once, then one
 * {@code dbus-monitor} process listens for as long as desk mode runs, so nothing is polled.
 *
 * <p>Where there is no system bus or no logind, or FormCheck runs outside a login session, both
 * signals read unknown with the reason.
 */
final class LogindWatch implements OsWatcher {
    static final String LOGIND = "org.freedesktop.login1";
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(3);
    private static final Pattern OBJECT_PATH = Pattern.compile("object path \"([^\"]+)\"");
    private static final Pattern VARIANT_BOOLEAN = Pattern.compile("variant\\s+boolean (true|false)");

    /**
     * Which bus, and whose signals: the system bus and logind's name in use; a private bus and no
     * sender in the test, where nothing can own logind's name.
     */
    record Bus(List<String> sendOption, List<String> monitorOption, Optional<String> sender) {
        static Bus system() {
            return new Bus(List.of("--system"), List.of("--system"), Optional.of(LOGIND));
        }

        static Bus at(String address) {
            return new Bus(List.of("--bus=" + address), List.of("--address", address), Optional.empty());
        }
    }

    private final Bus bus;
    private final Optional<String> knownSessionPath;
    private Process monitor;
    private Thread reader;
    private volatile boolean closing;

    LogindWatch(Bus bus) {
        this(bus, Optional.empty());
    }

    /** @param sessionPath our session's object path when already known (the test's); else asked of logind */
    LogindWatch(Bus bus, Optional<String> sessionPath) {
        this.bus = bus;
        this.knownSessionPath = sessionPath;
    }

    @Override
    public Set<Signal> signals() {
        return Set.of(Signal.SCREEN_LOCKED, Signal.ASLEEP);
    }

    @Override
    public synchronized void start(OsSignals to) {
        if (reader != null) {
            return;
        }
        reader = new Thread(() -> listen(to), "formcheck-os-logind");
        reader.setDaemon(true);
        reader.start();
    }

    private void listen(OsSignals to) {
        String path;
        if (knownSessionPath.isPresent()) {
            path = knownSessionPath.get();
        } else {
            Command.Outcome session = Command.run(send(LOGIND, "/org/freedesktop/login1", "org.freedesktop.login1.Manager.GetSessionByPID",
                    "uint32:" + ProcessHandle.current().pid()), Map.of(), ANSWER_LIMIT);
            if (session instanceof Command.Outcome.Failed f) {
                unknown(to, whyNotAsked(f.why()));
                return;
            }
            Optional<String> found = sessionPath(((Command.Outcome.Output) session).text());
            if (found.isEmpty()) {
                unknown(to, "the login manager named no session for FormCheck");
                return;
            }
            path = found.get();
            Command.Outcome locked = Command.run(send(LOGIND, path, "org.freedesktop.DBus.Properties.Get",
                    "string:org.freedesktop.login1.Session", "string:LockedHint"), Map.of(), ANSWER_LIMIT);
            to.report(Signal.SCREEN_LOCKED, locked instanceof Command.Outcome.Output out ? lockedHint(out.text())
                    : new Reading.Unknown(whyNotAsked(((Command.Outcome.Failed) locked).why())));
        }
        to.report(Signal.ASLEEP, Reading.OFF); // this code runs: the machine is awake
        if (knownSessionPath.isPresent()) {
            to.report(Signal.SCREEN_LOCKED, Reading.OFF); // the test's bus starts unlocked
        }
        follow(to, path);
    }

    /** Runs dbus-monitor for the two signals and reads its text until it ends or is closed. */
    private void follow(OsSignals to, String sessionPath) {
        String from = bus.sender().map(s -> "sender='" + s + "',").orElse("");
        List<String> command = new ArrayList<>(List.of("dbus-monitor"));
        command.addAll(bus.monitorOption());
        command.add("type='signal'," + from + "path='/org/freedesktop/login1',interface='org.freedesktop.login1.Manager',"
                + "member='PrepareForSleep'");
        command.add("type='signal'," + from + "path='" + sessionPath + "',interface='org.freedesktop.DBus.Properties',"
                + "member='PropertiesChanged'");
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            unknown(to, "the command dbus-monitor is not installed");
            return;
        }
        synchronized (this) {
            if (closing) {
                p.destroy();
                return;
            }
            monitor = p;
        }
        LogindMonitorText text = new LogindMonitorText(sessionPath);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                text.line(line).ifPresent(h -> to.report(h.signal(), h.reading()));
            }
        } catch (IOException e) {
            // closed under us: handled below like an ended process
        }
        if (!closing) {
            unknown(to, "the system message bus stopped answering");
        }
    }

    private List<String> send(String destination, String path, String method, String... arguments) {
        List<String> command = new ArrayList<>(List.of("dbus-send"));
        command.addAll(bus.sendOption());
        command.addAll(List.of("--print-reply", "--dest=" + destination, path, method));
        command.addAll(List.of(arguments));
        return command;
    }

    private static void unknown(OsSignals to, String why) {
        to.report(Signal.SCREEN_LOCKED, new Reading.Unknown(why));
        to.report(Signal.ASLEEP, new Reading.Unknown(why));
    }

    /** dbus-send's failure in the words a person can act on. */
    static String whyNotAsked(String failure) {
        if (failure.contains("Failed to open connection") || failure.contains("system_bus_socket")) {
            return "no system message bus answers, so the login manager (systemd-logind) cannot be asked";
        }
        if (failure.contains("ServiceUnknown") || failure.contains("was not provided by any .service files")) {
            return "the login manager (systemd-logind) is not running";
        }
        if (failure.contains("NoSessionForPID") || failure.contains("does not belong to any known session")) {
            return "FormCheck does not run inside a login session the login manager knows";
        }
        if (failure.contains("not installed")) {
            return failure;
        }
        return "the login manager did not answer (" + failure + ")";
    }

    /** The session path in GetSessionByPID's reply. */
    static Optional<String> sessionPath(String reply) {
        Matcher m = OBJECT_PATH.matcher(reply);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The lock in Properties.Get's reply ({@code variant boolean true}). */
    static Reading lockedHint(String reply) {
        Matcher m = VARIANT_BOOLEAN.matcher(reply);
        return m.find() ? new Reading.Known(m.group(1).equals("true"))
                : new Reading.Unknown("the login manager's answer about the lock could not be read");
    }

    @Override
    public synchronized void close() {
        closing = true;
        if (monitor != null) {
            monitor.destroy();
            monitor = null;
        }
    }
}
