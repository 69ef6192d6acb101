package dev.formcheck.analysis.exercise;


import java.util.List;
import java.util.OptionalDouble;

/**
 * A fault judged once per completed rep from what the rep reached (its depth), not frame by frame:
 * a squat is shallow because of where it turned, not because of any one frame.
 *
 * @param kind what it flags
 * @param metric the rep's value, computed from its frames (empty when never measured)
 * @param thresholdName the named threshold the value came from
 * @param thresholdDegrees the fault holds when the metric is at or beyond this, side-on
 * @param otherViewThresholdName the threshold used when the rep was not seen side-on
 * @param otherViewThresholdDegrees its value
 * @param severityStep each further step beyond the threshold raises the severity one level
 * @param cue what to tell the user
 */
public record RepCheck(FlagKind kind, RepMetric metric, String thresholdName, double thresholdDegrees,
                       String otherViewThresholdName, double otherViewThresholdDegrees, double severityStep, String cue) {
    public RepCheck {
        if (kind == null || metric == null || thresholdName == null || cue == null || cue.isBlank()) {
            throw new IllegalArgumentException("a rep check needs its kind, metric, threshold name and cue");
        }
        if (!Double.isFinite(thresholdDegrees) || !Double.isFinite(otherViewThresholdDegrees) || !(severityStep > 0)) {
            throw new IllegalArgumentException(kind + ": threshold and severity step must be finite, the step positive");
        }
    }

    /** The threshold for a rep seen mostly from {@code view}. */
    public double thresholdFor(dev.formcheck.kinematics.CameraView view) {
        return view == dev.formcheck.kinematics.CameraView.SIDE ? thresholdDegrees : otherViewThresholdDegrees;
    }

    /** A per-rep number from the rep's frames. */
    @FunctionalInterface
    public interface RepMetric {
        OptionalDouble of(long fromMicros, long toMicros, List<FrameSample> frames);
    }
}
