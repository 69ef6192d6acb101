package dev.formcheck.analysis.thresholds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The user's segment lengths as measured side-on, on the near side: the torso (shoulder to hip)
 * in pixels, and each limb segment as a ratio of it, so they do not depend on the distance to the
 * camera. A ratio is missing when its keypoints were not seen in enough frames.
 *
 * @param torsoPixels shoulder-hip distance in the calibration's frames (depends on the distance)
 * @param thighRatio hip-knee over shoulder-hip
 * @param shankRatio knee-ankle over shoulder-hip
 * @param upperArmRatio shoulder-elbow over shoulder-hip
 * @param forearmRatio elbow-wrist over shoulder-hip
 */
public record SegmentProportions(double torsoPixels, OptionalDouble thighRatio, OptionalDouble shankRatio,
                                 OptionalDouble upperArmRatio, OptionalDouble forearmRatio) {
    /**
     * Winter's segment lengths over his torso (shoulder to hip, 0.288 of height) run from 0.51
     * (forearm) to 0.85 (thigh, shank) (Biomechanics and Motor Control of Human Movement, Fig. 4.1).
     * A limb pointing at the camera foreshortens towards 0, so the floor is low; anything beyond
     * twice the longest is a keypoint on the wrong person or part, not a proportion.
     */
    public static final double MIN_RATIO = 0.1;
    public static final double MAX_RATIO = 2.0;

    /** The JSON names of the ratios, in file order (the torso is {@code torso_px}). */
    public static final String TORSO = "torso_px";
    public static final String THIGH = "thigh_ratio";
    public static final String SHANK = "shank_ratio";
    public static final String UPPER_ARM = "upper_arm_ratio";
    public static final String FOREARM = "forearm_ratio";

    public SegmentProportions {
        if (!(torsoPixels > 0) || !Double.isFinite(torsoPixels)) {
            throw new IllegalArgumentException(TORSO + " must be a positive number of pixels, not " + torsoPixels);
        }
        check(THIGH, thighRatio);
        check(SHANK, shankRatio);
        check(UPPER_ARM, upperArmRatio);
        check(FOREARM, forearmRatio);
    }

    private static void check(String name, OptionalDouble ratio) {
        if (ratio == null) {
            throw new IllegalArgumentException(name + " must be a ratio or empty, not null");
        }
        if (ratio.isPresent() && !(ratio.getAsDouble() >= MIN_RATIO && ratio.getAsDouble() <= MAX_RATIO)) {
            throw new IllegalArgumentException(name + " " + Threshold.format(ratio.getAsDouble())
                    + " is outside the allowed range " + Threshold.format(MIN_RATIO) + " to " + Threshold.format(MAX_RATIO));
        }
    }

    /** The ratios that were measured, by JSON name, in file order. */
    public Map<String, Double> ratios() {
        Map<String, Double> out = new LinkedHashMap<>();
        thighRatio.ifPresent(v -> out.put(THIGH, v));
        shankRatio.ifPresent(v -> out.put(SHANK, v));
        upperArmRatio.ifPresent(v -> out.put(UPPER_ARM, v));
        forearmRatio.ifPresent(v -> out.put(FOREARM, v));
        return out;
    }
}
