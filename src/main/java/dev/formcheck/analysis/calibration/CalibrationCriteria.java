package dev.formcheck.analysis.calibration;

import dev.formcheck.analysis.thresholds.Thresholds;

/**
 * Which frames a calibration keeps, and how many it needs.
 *
 * @param uprightToleranceDegrees stance: the most the trunk may lean from vertical ({@code calibrate.stance.trunk_max})
 * @param standingKneeMinDegrees stance: the least a standing knee measures ({@code calibrate.stance.knee_min})
 * @param minFrames frames that must qualify ({@link #MIN_FRAMES_STREAM} or {@link #MIN_FRAMES_PHOTOS})
 * @param still how still a stream must be ({@link Stillness})
 */
public record CalibrationCriteria(double uprightToleranceDegrees, double standingKneeMinDegrees, int minFrames,
                                  StillnessLimits still) {
    /**
     * From a camera or a video: a third of a second at 30 fps, enough for the median to shrug off
     * a few frames with a mislabelled keypoint; a person holding still for the default 5 s gives
     * about 150.
     */
    public static final int MIN_FRAMES_STREAM = 10;
    /** From photos: each is one deliberate pose, so one that qualifies is enough. */
    public static final int MIN_FRAMES_PHOTOS = 1;

    public CalibrationCriteria {
        if (!(uprightToleranceDegrees > 0) || !(standingKneeMinDegrees > 0) || minFrames < 1 || still == null) {
            throw new IllegalArgumentException("calibration criteria must be positive");
        }
    }

    /** The criteria of {@code thresholds} (the user's merged over the shipped), for a stream or for photos. */
    public static CalibrationCriteria of(Thresholds thresholds, boolean photos) {
        return new CalibrationCriteria(thresholds.degrees("calibrate.stance.trunk_max"),
                thresholds.degrees("calibrate.stance.knee_min"), photos ? MIN_FRAMES_PHOTOS : MIN_FRAMES_STREAM,
                StillnessLimits.of(thresholds));
    }
}
