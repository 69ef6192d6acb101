package dev.formcheck.analysis.thresholds;

import java.time.Instant;

/**
 * When and from what a neutral-posture block of a user's calibration was measured.
 *
 * @param measuredAt when {@code calibrate} measured it
 * @param source what it was measured from, in the user's words ("camera 0", "video clip.mp4")
 * @param frames how many frames qualified and went into the medians
 */
public record Provenance(Instant measuredAt, String source, int frames) {
    public Provenance {
        if (measuredAt == null) {
            throw new IllegalArgumentException("a measurement needs its time");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a measurement needs its source");
        }
        if (frames < 1) {
            throw new IllegalArgumentException("a measurement rests on at least one frame, not " + frames);
        }
    }
}
