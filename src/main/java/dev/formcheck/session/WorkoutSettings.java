package dev.formcheck.session;

import dev.formcheck.pipeline.FramePipeline;

/**
 * How a live workout splits into sets, and which of its frames are judged.
 *
 * @param setEndsAfterMicros a set ends when this long passes with no rep counted and no hold
 *     running: long enough for a slow rep's turnaround (a squat rep takes 2-4 s), short enough that
 *     a person who stops sees the set's card before they reach the screen. Issue 14 refines how a
 *     set ends; this is the one place the pause is set.
 * @param countdownMicros counting starts after the person has been in position ({@link PositionCheck})
 *     this long, so they can walk back from the screen and settle; 0 counts from the first frame
 * @param restMicros the rest a rest timer counts down between sets
 * @param frames {@link FramePipeline.Mode#LIVE}: the newest frame wins, what a camera needs (it cannot
 *     wait); {@link FramePipeline.Mode#FILE}: every frame judged, so a video standing in for the camera
 *     falls behind real time on a busy machine instead of dropping the frames of a rep
 */
public record WorkoutSettings(long setEndsAfterMicros, long countdownMicros, long restMicros, FramePipeline.Mode frames) {
    /** 8 s: twice a slow rep, and under the usual 30-90 s rest. */
    public static final long DEFAULT_SET_ENDS_AFTER_MICROS = 8_000_000;

    /** 3 s: the usual "3, 2, 1" — long enough to settle, short enough not to wait for. */
    public static final long DEFAULT_COUNTDOWN_MICROS = 3_000_000;
    /**
     * 60 s: the common advice for sets of 8-15 bodyweight or light reps (the ACSM's 2009 position
     * stand on resistance training: 1-2 min for such loads); a person stretches it by resting longer.
     */
    public static final long DEFAULT_REST_MICROS = 60_000_000;

    /** A camera's flow: the newest frame wins. */
    public WorkoutSettings(long setEndsAfterMicros, long countdownMicros, long restMicros) {
        this(setEndsAfterMicros, countdownMicros, restMicros, FramePipeline.Mode.LIVE);
    }

    public WorkoutSettings {
        if (frames == null) {
            throw new IllegalArgumentException("a workout needs its frame flow (live or every frame)");
        }
        if (setEndsAfterMicros < 1_000_000 || setEndsAfterMicros > 120_000_000) {
            throw new IllegalArgumentException("a set ends after a pause of 1 to 120 s, not "
                    + setEndsAfterMicros / 1e6 + " s");
        }
        if (countdownMicros < 0 || countdownMicros > 30_000_000) {
            throw new IllegalArgumentException("the countdown is 0 to 30 s, not " + countdownMicros / 1e6 + " s");
        }
        if (restMicros < 10_000_000 || restMicros > 600_000_000) {
            throw new IllegalArgumentException("a rest is 10 s to 10 min, not " + restMicros / 1e6 + " s");
        }
    }

    public static WorkoutSettings defaults() {
        return new WorkoutSettings(DEFAULT_SET_ENDS_AFTER_MICROS, DEFAULT_COUNTDOWN_MICROS, DEFAULT_REST_MICROS);
    }

    /** A video played as the camera: no countdown, since a recording cannot wait for one (decision 0044); newest frame wins. */
    public static WorkoutSettings forVideo() {
        return new WorkoutSettings(DEFAULT_SET_ENDS_AFTER_MICROS, 0, DEFAULT_REST_MICROS);
    }

    /** These settings with {@code flow}: {@link FramePipeline.Mode#FILE} to judge every frame of a video played as the camera. */
    public WorkoutSettings withFrames(FramePipeline.Mode flow) {
        return new WorkoutSettings(setEndsAfterMicros, countdownMicros, restMicros, flow);
    }
}
