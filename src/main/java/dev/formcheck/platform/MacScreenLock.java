package dev.formcheck.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * macOS: whether the screen is locked, as the window server's console-user record says it:
 * {@code CGSSessionScreenIsLocked} in {@code IOConsoleUsers} of the I/O Registry's root, read with
 * {@code ioreg -n Root -d1} (a system command on every Mac) every few seconds. The key is there
 * (= Yes) while the screen is locked and absent otherwise. Some macOS versions are reported to no
 * longer publish it; there a lock is not seen and only the gap it leaves counts it as away.
 *
 * <p>Written from the key's public descriptions; never run on macOS here (docs/desk.md says so).
 * {@link #locked} is tested.
 */
final class MacScreenLock {
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(3);
    private static final Pattern LOCKED = Pattern.compile("\"CGSSessionScreenIsLocked\"\\s*=\\s*(Yes|No)");

    /** One look. */
    Reading ask() {
        Command.Outcome out = Command.run(List.of("ioreg", "-n", "Root", "-d1"), Map.of(), ANSWER_LIMIT);
        if (out instanceof Command.Outcome.Failed f) {
            return new Reading.Unknown(f.why());
        }
        return locked(((Command.Outcome.Output) out).text());
    }

    /** The lock as {@code ioreg -n Root -d1} prints it. */
    static Reading locked(String ioreg) {
        if (!ioreg.contains("IOConsoleUsers")) {
            return new Reading.Unknown("macOS names no console user in its I/O Registry");
        }
        Matcher m = LOCKED.matcher(ioreg);
        return m.find() && m.group(1).equals("Yes") ? Reading.ON : Reading.OFF;
    }
}
