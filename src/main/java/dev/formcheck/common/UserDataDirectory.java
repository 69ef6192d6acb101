package dev.formcheck.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a user's own files live (their calibration, daily summaries): the platform's per-user
 * application data directory, or the {@code formcheck.data} system property when set.
 */
public final class UserDataDirectory {
    public static final String PROPERTY = "formcheck.data";

    private UserDataDirectory() {
    }

    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    /** The rule itself, free of global state so each platform's branch can be tested anywhere. */
    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "FormCheck")
                    : Path.of(home, "AppData", "Roaming", "FormCheck");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "FormCheck");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec ignores relative paths in its variables.
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "formcheck");
        }
        return Path.of(home, ".local", "share", "formcheck");
    }
}
