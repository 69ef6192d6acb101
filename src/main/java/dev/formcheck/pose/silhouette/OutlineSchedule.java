package dev.formcheck.pose.silhouette;

import dev.formcheck.pose.Pose;

/**
 * Which frames of a stream get a fresh reading of the back's outline; every other frame keeps the
 * last reading. The segmenter is the dearest stage of an analysis (docs/performance.md), so the
 * analysis, which knows what its checks read, answers this: the reader only knows whether an
 * outline can be traced ({@link BackOutlineTracer#traceable}), not whether anything will look
 * at it.
 */
@FunctionalInterface
public interface OutlineSchedule {
    /**
     * The least time between two readings when nothing else is known: 15 a second. The back's
     * shape changes over a rep, not between two frames, and the flags' 200 ms debounce still sees
     * three readings; reading every frame of a 30 fps video cost 11 ms a frame and halved analyze's
     * speed.
     */
    long STEADY_INTERVAL_MICROS = 66_000;

    /**
     * Whether the frame with {@code pose} needs a fresh reading.
     *
     * @param last the reading kept so far, from an earlier frame of the same stretch (never null)
     */
    boolean needsReading(Pose pose, BackOutline last);

    /** A reading at most every {@link #STEADY_INTERVAL_MICROS}, whatever it said: what a live workout uses. */
    static OutlineSchedule steady() {
        return (pose, last) -> pose.timestampMicros() - last.timestampMicros() >= STEADY_INTERVAL_MICROS;
    }
}
