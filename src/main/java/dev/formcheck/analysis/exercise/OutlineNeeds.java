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
 * every one of those thresholds ({@code outline.calm_share} of each) is carried for
 * {@code outline.calm_interval}; any other reading, or none traced, for
 * {@link OutlineSchedule#STEADY_INTERVAL_MICROS} as before (docs/decisions/0060-outline-read-where-it-can-matter.md).
 */
public final class OutlineNeeds implements OutlineSchedule {
    private final double calmFlexion;
    private final double calmSag;
    private final double calmPike;
    private final long calmIntervalMicros;

    private OutlineNeeds(double calmShare, double flexionMin, double sagMin, double pikeMin, long calmIntervalMicros) {
        this.calmFlexion = calmShare * flexionMin;
        this.calmSag = calmShare * sagMin;
        this.calmPike = calmShare * pikeMin;
        this.calmIntervalMicros = calmIntervalMicros;
    }

    /** From the thresholds judged by (the user's over the defaults). */
    public static OutlineNeeds of(Thresholds thresholds) {
        double flexion = Math.min(thresholds.degrees("flags.rounded_back.flexion_min"),
                thresholds.degrees("flags.lost_neutral_spine.departure_min"));
        return new OutlineNeeds(thresholds.ratio("outline.calm_share"), flexion,
                thresholds.degrees("flags.hips_sagging.min"), thresholds.degrees("flags.hips_piked.min"),
                thresholds.micros("outline.calm_interval"));
    }

    @Override
    public boolean needsReading(Pose pose, BackOutline last) {
        long age = pose.timestampMicros() - last.timestampMicros();
        return age >= (calm(last) ? calmIntervalMicros : STEADY_INTERVAL_MICROS);
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
