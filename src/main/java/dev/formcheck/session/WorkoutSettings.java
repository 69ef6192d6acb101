package dev.formcheck.session;

/**
 * How a live workout splits into sets.
 *
 * @param setEndsAfterMicros a set ends when this long passes with no rep counted and no hold
 *     running: long enough for a slow rep's turnaround (a squat rep takes 2-4 s), short enough that
 *     a person who stops sees the set's card before they reach the screen. Issue 14 refines how a
 *     set ends; this is the one place the pause is set.
 */
public record WorkoutSettings(long setEndsAfterMicros) {
    /** 8 s: twice a slow rep, and under the usual 30-90 s rest. */
    public static final long DEFAULT_SET_ENDS_AFTER_MICROS = 8_000_000;

    public WorkoutSettings {
        if (setEndsAfterMicros < 1_000_000 || setEndsAfterMicros > 120_000_000) {
            throw new IllegalArgumentException("a set ends after a pause of 1 to 120 s, not "
                    + setEndsAfterMicros / 1e6 + " s");
        }
    }

    public static WorkoutSettings defaults() {
        return new WorkoutSettings(DEFAULT_SET_ENDS_AFTER_MICROS);
    }
}
