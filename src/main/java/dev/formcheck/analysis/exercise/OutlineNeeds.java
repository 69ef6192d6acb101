package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.silhouette.OutlineSchedule;

import java.util.OptionalDouble;

/**
 * Which frames of a recording need a fresh reading of the back's outline, from what the checks
 * read in it: the lower back's angle (rounded back, lost neutral) and the body line of the
 * segmenter's landmarks (hips sagging or piked, averaged with MoveNet's). A reading well inside
 * every one of those thresholds ({@link #CALM_SHARE} of each) is carried for
 * {@link #CALM_INTERVAL_MICROS}; any other reading, or none traced, for
 * {@link OutlineSchedule#STEADY_INTERVAL_MICROS} as before (docs/decisions/0060-outline-read-where-it-can-matter.md).
 */
public final class OutlineNeeds implements OutlineSchedule {
    /**
     * A reading under this share of each threshold is calm: the back would have to turn by at least
     * as much again before a check could hold, more than it turns in the extra 67 ms a calm reading
     * is carried (ours; the push-up video's clean reps read -30 to +7° against the 15° threshold).
     */
    public static final double CALM_SHARE = 0.5;
    /**
     * How long a calm reading stands: 7.5 readings a second. The flags' 200 ms debounce starts from
     * the first reading past a threshold, which comes at most 67 ms later than at 15 a second.
     */
    public static final long CALM_INTERVAL_MICROS = 133_000;

    private final double calmFlexion;
    private final double calmSag;
    private final double calmPike;

    private OutlineNeeds(double flexionMin, double sagMin, double pikeMin) {
        this.calmFlexion = CALM_SHARE * flexionMin;
        this.calmSag = CALM_SHARE * sagMin;
        this.calmPike = CALM_SHARE * pikeMin;
    }

    /** From the thresholds judged by (the user's over the defaults). */
    public static OutlineNeeds of(Thresholds thresholds) {
        double flexion = Math.min(thresholds.degrees("flags.rounded_back.flexion_min"),
                thresholds.degrees("flags.lost_neutral_spine.departure_min"));
        return new OutlineNeeds(flexion, thresholds.degrees("flags.hips_sagging.min"),
                thresholds.degrees("flags.hips_piked.min"));
    }

    @Override
    public boolean needsReading(Pose pose, BackOutline last) {
        long age = pose.timestampMicros() - last.timestampMicros();
        return age >= (calm(last) ? CALM_INTERVAL_MICROS : STEADY_INTERVAL_MICROS);
    }

    /** Whether {@code reading} is traced and well inside every threshold the outline can feed. */
    public boolean calm(BackOutline reading) {
        if (!(reading instanceof BackOutline.Traced traced) || traced.lumbarAngleDegrees() >= calmFlexion) {
            return false;
        }
        OptionalDouble sag = traced.bodyLineSagDegrees();
        return sag.isEmpty() || sag.getAsDouble() < calmSag && -sag.getAsDouble() < calmPike;
    }
}
