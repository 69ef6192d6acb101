package dev.formcheck.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a user's own files live (their calibration, daily summaries): the platform's per-user
 * application data directory, or the {@code formcheck.data} system property when set. Files that
 * can always be made again (unpacked native libraries) go to the platform's cache directory.
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
            return windowsRoaming(home, env);
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

    /** Where the window's settings live: the {@code formcheck.config} property when set, else the platform's config directory. */
    public static final String CONFIG_PROPERTY = "formcheck.config";

    /** The per-user config directory: {@code $XDG_CONFIG_HOME/formcheck}, {@code ~/Library/Preferences/FormCheck}, {@code %APPDATA%\FormCheck}. */
    public static Path config() {
        String override = System.getProperty(CONFIG_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return config(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    static Path config(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return windowsRoaming(home, env); // Windows keeps settings beside the data
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Preferences", "FormCheck");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg, "formcheck") : Path.of(home, ".config", "formcheck");
    }

    /** The per-user cache: {@code $XDG_CACHE_HOME/formcheck}, {@code ~/Library/Caches/FormCheck}, {@code %LOCALAPPDATA%\FormCheck\cache}. */
    public static Path cache() {
        return cache(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    static Path cache(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return local != null && !local.isBlank() ? Path.of(local, "FormCheck", "cache")
                    : Path.of(home, "AppData", "Local", "FormCheck", "cache");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "FormCheck");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg, "formcheck") : Path.of(home, ".cache", "formcheck");
    }

    /** {@code %APPDATA%\FormCheck}: the roaming profile, where Windows programs keep a user's own files. */
    private static Path windowsRoaming(String home, Map<String, String> env) {
        String appData = env.get("APPDATA");
        return appData != null && !appData.isBlank() ? Path.of(appData, "FormCheck")
                : Path.of(home, "AppData", "Roaming", "FormCheck");
    }
}
