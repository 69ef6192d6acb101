package dev.formcheck.analysis.thresholds;

import java.time.Instant;
import java.util.Optional;

/**
 * When and from what a neutral-posture block of a user's calibration was measured.
 *
 * @param measuredAt when {@code calibrate} measured it
 * @param source what it was measured from, in the user's words ("camera 0", "video clip.mp4")
 * @param frames how many frames qualified and went into the medians
 * @param model the pose model that measured it ("lightning", "thunder"), if known: models place
 *     keypoints differently, so a neutral is best used with the model that measured it
 */
public record Provenance(Instant measuredAt, String source, int frames, Optional<String> model) {
    public Provenance {
        if (measuredAt == null) {
            throw new IllegalArgumentException("a measurement needs its time");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a measurement needs its source");
        }
        if (model == null || model.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("a measurement's model is a name or empty");
        }
        if (frames < 1) {
            throw new IllegalArgumentException("a measurement rests on at least one frame, not " + frames);
        }
    }
}
