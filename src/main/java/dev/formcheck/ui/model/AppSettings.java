package dev.formcheck.ui.model;

import java.util.Optional;

/**
 * What the window remembers between runs, stored as versioned JSON ({@link SettingsStore}).
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} when written by this version
 * @param window where the window was and how big, in screen pixels; empty before the first close
 * @param maximized whether it was maximized
 * @param theme light, dark, or following the system
 * @param exercise the exercise last chosen (a name or "auto")
 * @param muted whether spoken cues are off
 * @param noticeSeen whether the first-run notice was dismissed
 * @param lastDirectory the folder a video was last opened from
 * @param speakReps whether each rep's number is said during a workout (off unless asked: some find it noise)
 * @param recordWorkouts whether workouts are kept in the history (on unless switched off: the window's {@code --no-record})
 */
public record AppSettings(int schemaVersion, Optional<Bounds> window, boolean maximized, Theme theme, String exercise,
                          boolean muted, boolean noticeSeen, Optional<String> lastDirectory, boolean speakReps,
                          boolean recordWorkouts) {
    public static final int SCHEMA_VERSION = 1;

    public enum Theme { SYSTEM, LIGHT, DARK }

    /** A window's place and size on the screen. */
    public record Bounds(int x, int y, int width, int height) {
        public Bounds {
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("a window has a positive size, not " + width + "x" + height);
            }
        }
    }

    public AppSettings {
        if (window == null || theme == null || exercise == null || lastDirectory == null) {
            throw new IllegalArgumentException("settings have every field (empty where unknown)");
        }
    }

    public static AppSettings defaults() {
        return new AppSettings(SCHEMA_VERSION, Optional.empty(), false, Theme.SYSTEM, "auto", false, false, Optional.empty(), false, true);
    }

    public AppSettings withWindow(Bounds bounds, boolean isMaximized) {
        return new AppSettings(schemaVersion, Optional.of(bounds), isMaximized, theme, exercise, muted, noticeSeen, lastDirectory, speakReps, recordWorkouts);
    }

    public AppSettings withTheme(Theme t) {
        return new AppSettings(schemaVersion, window, maximized, t, exercise, muted, noticeSeen, lastDirectory, speakReps, recordWorkouts);
    }

    public AppSettings withExercise(String e) {
        return new AppSettings(schemaVersion, window, maximized, theme, e, muted, noticeSeen, lastDirectory, speakReps, recordWorkouts);
    }

    public AppSettings withMuted(boolean m) {
        return new AppSettings(schemaVersion, window, maximized, theme, exercise, m, noticeSeen, lastDirectory, speakReps, recordWorkouts);
    }

    public AppSettings withNoticeSeen() {
        return new AppSettings(schemaVersion, window, maximized, theme, exercise, muted, true, lastDirectory, speakReps, recordWorkouts);
    }

    public AppSettings withSpeakReps(boolean say) {
        return new AppSettings(schemaVersion, window, maximized, theme, exercise, muted, noticeSeen, lastDirectory, say, recordWorkouts);
    }

    public AppSettings withLastDirectory(String dir) {
        return new AppSettings(schemaVersion, window, maximized, theme, exercise, muted, noticeSeen, Optional.of(dir), speakReps, recordWorkouts);
    }

    public AppSettings withRecordWorkouts(boolean keep) {
        return new AppSettings(schemaVersion, window, maximized, theme, exercise, muted, noticeSeen, lastDirectory, speakReps, keep);
    }
}
