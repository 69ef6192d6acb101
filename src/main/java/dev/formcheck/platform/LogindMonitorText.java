package dev.formcheck.platform;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code dbus-monitor}'s text, line by line, for what systemd-logind announces: the
 * manager's {@code PrepareForSleep(true|false)} (going to sleep, woken) and our session's
 * {@code PropertiesChanged} carrying {@code LockedHint} (locked, unlocked). Everything else
 * (other signals, other sessions, other properties) is passed over.
 */
final class LogindMonitorText {
    /** One reading heard. */
    record Heard(Signal signal, Reading reading) {
    }

    private static final Pattern HEADER = Pattern.compile("^signal .* path=([^;]*); interface=([^;]*); member=(\\S+)");
    private static final Pattern BOOLEAN = Pattern.compile("^\\s*(?:variant\\s+)?boolean (true|false)\\s*$");
    private static final Pattern STRING = Pattern.compile("^\\s*string \"(.*)\"\\s*$");

    private enum In { NOTHING, SLEEP, SESSION_PROPERTIES }

    private final String sessionPath;
    private In in = In.NOTHING;
    private String lastKey;

    /** @param sessionPath our login session's object path ("/org/freedesktop/login1/session/_32") */
    LogindMonitorText(String sessionPath) {
        this.sessionPath = Objects.requireNonNull(sessionPath, "sessionPath");
    }

    Optional<Heard> line(String line) {
        Matcher header = HEADER.matcher(line);
        if (header.find()) {
            in = header.group(3).equals("PrepareForSleep") && header.group(2).equals("org.freedesktop.login1.Manager") ? In.SLEEP
                    : header.group(3).equals("PropertiesChanged") && header.group(1).equals(sessionPath) ? In.SESSION_PROPERTIES
                    : In.NOTHING;
            lastKey = null;
            return Optional.empty();
        }
        if (!line.startsWith(" ")) {
            in = In.NOTHING; // a method call, an error or any other message: not ours
            return Optional.empty();
        }
        Matcher bool = BOOLEAN.matcher(line);
        if (in == In.SLEEP && bool.find()) {
            in = In.NOTHING;
            return Optional.of(new Heard(Signal.ASLEEP, new Reading.Known(bool.group(1).equals("true"))));
        }
        if (in == In.SESSION_PROPERTIES) {
            Matcher key = STRING.matcher(line);
            if (key.find()) {
                lastKey = key.group(1);
            } else if (bool.find() && "LockedHint".equals(lastKey)) {
                lastKey = null;
                return Optional.of(new Heard(Signal.SCREEN_LOCKED, new Reading.Known(bool.group(1).equals("true"))));
            } else {
                lastKey = line.contains("dict entry(") ? null : lastKey;
            }
        }
        return Optional.empty();
    }
}
