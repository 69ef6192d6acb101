package dev.formcheck.desk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Judges one sample against the user's baseline. First whether it is the user at all (size and,
 * in front, place against the baseline's), then the postures in order of concern: SLOUCHED,
 * FORWARD_HEAD, LEANING (left/right, then back), else UPRIGHT.
 *
 * <p>Hysteresis: the posture the caller is in now is left only when its exit value is crossed,
 * another is entered only past its enter value (see {@link PostureThresholds}). For a photo
 * judged alone, pass {@link Posture#UPRIGHT}. Stateless.
 *
 * <p>Front view: a head lower in the frame than the baseline's is a slouch when the shoulders also
 * sank away (narrower), otherwise the neck flexing (FORWARD_HEAD); leaning in (wider) is
 * FORWARD_HEAD; a tilted shoulder line or a head shifted sideways is LEANING left or right;
 * narrower with the head at its height is LEANING back (further from the screen). A deep recline
 * lowers the head too and reads as SLOUCHED from the front: only the side view tells them apart.
 * Side view: the trunk forward is SLOUCHED, back is LEANING back, the neck forward on an upright
 * trunk is FORWARD_HEAD; a straight-backed lean from the hips reads as SLOUCHED (no keypoint lies
 * between shoulder and hip).
 */
public final class PostureClassifier {
    private final PostureThresholds limits;
    private final DeskBaseline baseline;

    public PostureClassifier(PostureThresholds limits, DeskBaseline baseline) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
    }

    public DeskBaseline baseline() {
        return baseline;
    }

    /** The same limits against another baseline (standing at a standing desk). */
    public PostureClassifier withBaseline(DeskBaseline other) {
        return new PostureClassifier(limits, other);
    }

    public SampleVerdict classify(DeskMeasurement m, Posture current) {
        long t = m.timestampMicros();
        if (!m.personFound()) {
            return new SampleVerdict.Absent(t, SampleVerdict.Absent.Why.NOBODY, Map.of());
        }
        if (m.view() == DeskView.UNKNOWN) {
            return new SampleVerdict.Unjudged(t, m.view(),
                    "I can't see enough of you: keep your head and shoulders in view"
                            + (baseline.view() == DeskView.SIDE ? ", and your hip" : ""));
        }
        if (m.view() != baseline.view()) {
            return new SampleVerdict.Unjudged(t, m.view(), "the camera sees a " + lower(m.view()) + " view, the baseline is a "
                    + lower(baseline.view()) + " view: calibrate again where the camera is now");
        }
        return m.view() == DeskView.FRONT ? front(m, current) : side(m, current);
    }

    private SampleVerdict front(DeskMeasurement m, Posture current) {
        long t = m.timestampMicros();
        double scale = baseline.scale();
        Map<String, Double> metrics = new LinkedHashMap<>();
        double size = m.get(DeskMetric.SHOULDER_WIDTH).getAsDouble() / scale;
        double shift = Math.abs(m.get(DeskMetric.SHOULDER_X).getAsDouble() - base(DeskMetric.SHOULDER_X)) / scale;
        double headDrop = (m.get(DeskMetric.EYES_Y).getAsDouble() - base(DeskMetric.EYES_Y)) / scale;
        double headHeight = m.get(DeskMetric.HEAD_HEIGHT).getAsDouble() / base(DeskMetric.HEAD_HEIGHT);
        double sideTilt = m.get(DeskMetric.SHOULDER_TILT).getAsDouble() - base(DeskMetric.SHOULDER_TILT);
        double headOffset = m.get(DeskMetric.HEAD_OFFSET).getAsDouble() - base(DeskMetric.HEAD_OFFSET);
        metrics.put("size", size);
        metrics.put("shift", shift);
        metrics.put("head_drop", headDrop);
        metrics.put("head_height", headHeight);
        if (m.get(DeskMetric.NECK_LENGTH).isPresent() && baseline.get(DeskMetric.NECK_LENGTH).isPresent()) {
            metrics.put("neck_length", m.get(DeskMetric.NECK_LENGTH).getAsDouble() / base(DeskMetric.NECK_LENGTH));
        }
        metrics.put("side_tilt_deg", sideTilt);
        metrics.put("head_offset", headOffset);
        metrics.put("head_tilt_deg", m.get(DeskMetric.EYE_TILT).getAsDouble() - base(DeskMetric.EYE_TILT));
        if (size < limits.userMinSize() || size > limits.userMaxSize() || shift > limits.userMaxShift()) {
            return new SampleVerdict.Absent(t, SampleVerdict.Absent.Why.NOT_THE_USER, metrics);
        }
        Posture p;
        boolean headDropped = headDrop >= (current.isPoor() && current.state() != DeskState.LEANING
                ? limits.frontHeadDropExit() : limits.frontHeadDropEnter());
        if (headDropped && size <= limits.frontSlouchMaxSize()) {
            p = Posture.SLOUCHED; // head and shoulders sunk down and back into the chair
        } else if (headDropped // the trunk in place: the neck flexed, looking down
                || size >= pick(current, Posture.FORWARD_HEAD, limits.frontLeanInEnter(), limits.frontLeanInExit())
                || headHeight <= pick(current, Posture.FORWARD_HEAD, limits.frontHeadHeightEnter(), limits.frontHeadHeightExit())) {
            p = Posture.FORWARD_HEAD;
        } else if (sidewaysLean(current, sideTilt, headOffset) != null) {
            p = Posture.leaning(sidewaysLean(current, sideTilt, headOffset));
        } else if (size <= pick(current, Posture.leaning(Lean.BACK), limits.frontLeanBackEnter(), limits.frontLeanBackExit())) {
            p = Posture.leaning(Lean.BACK);
        } else {
            p = Posture.UPRIGHT;
        }
        return new SampleVerdict.Judged(t, DeskView.FRONT, p, metrics);
    }

    /** LEFT or RIGHT when the head has moved sideways over the shoulders or the shoulder line has tilted; null otherwise. */
    private Lean sidewaysLean(Posture current, double sideTilt, double headOffset) {
        boolean leaning = current.state() == DeskState.LEANING && current.lean().orElseThrow() != Lean.BACK;
        double offsetLimit = leaning ? limits.frontHeadOffsetExit() : limits.frontHeadOffsetEnter();
        double tiltLimit = leaning ? limits.frontSideTiltExit() : limits.frontSideTiltEnter();
        if (Math.abs(headOffset) >= offsetLimit) {
            return headOffset > 0 ? Lean.LEFT : Lean.RIGHT;
        }
        if (Math.abs(sideTilt) >= tiltLimit) {
            return sideTilt > 0 ? Lean.LEFT : Lean.RIGHT; // the left shoulder lower: leaning to the left
        }
        return null;
    }

    private SampleVerdict side(DeskMeasurement m, Posture current) {
        long t = m.timestampMicros();
        Map<String, Double> metrics = new LinkedHashMap<>();
        double trunkLean = m.get(DeskMetric.TRUNK_INCLINATION).getAsDouble() - base(DeskMetric.TRUNK_INCLINATION);
        metrics.put("trunk_lean_deg", trunkLean);
        double size = m.get(DeskMetric.TRUNK_LENGTH).isPresent() ? m.get(DeskMetric.TRUNK_LENGTH).getAsDouble() / baseline.scale() : 1;
        metrics.put("size", size);
        boolean neckKnown = m.get(DeskMetric.NECK_INCLINATION).isPresent() && baseline.get(DeskMetric.NECK_INCLINATION).isPresent();
        double neckForward = neckKnown ? m.get(DeskMetric.NECK_INCLINATION).getAsDouble() - base(DeskMetric.NECK_INCLINATION) : 0;
        if (neckKnown) {
            metrics.put("neck_forward_deg", neckForward);
        }
        if (m.get(DeskMetric.HEAD_NECK).isPresent() && baseline.get(DeskMetric.HEAD_NECK).isPresent()) {
            metrics.put("head_neck_change_deg", m.get(DeskMetric.HEAD_NECK).getAsDouble() - base(DeskMetric.HEAD_NECK));
        }
        if (size < limits.userMinSize() || size > limits.userMaxSize()) {
            return new SampleVerdict.Absent(t, SampleVerdict.Absent.Why.NOT_THE_USER, metrics);
        }
        Posture p;
        if (trunkLean >= pick(current, Posture.SLOUCHED, limits.sideTrunkForwardEnter(), limits.sideTrunkForwardExit())) {
            p = Posture.SLOUCHED;
        } else if (-trunkLean >= pick(current, Posture.leaning(Lean.BACK), limits.sideTrunkBackEnter(), limits.sideTrunkBackExit())) {
            p = Posture.leaning(Lean.BACK);
        } else if (neckKnown && neckForward >= pick(current, Posture.FORWARD_HEAD, limits.sideNeckForwardEnter(), limits.sideNeckForwardExit())) {
            p = Posture.FORWARD_HEAD;
        } else {
            p = Posture.UPRIGHT;
        }
        return new SampleVerdict.Judged(t, DeskView.SIDE, p, metrics);
    }

    /** The exit value when the caller is in {@code posture} now, else the enter value. */
    private static double pick(Posture current, Posture posture, double enter, double exit) {
        return current.equals(posture) ? exit : enter;
    }

    private double base(DeskMetric metric) {
        return baseline.get(metric).orElseThrow(() -> new IllegalStateException("the baseline has no " + metric.id()));
    }

    private static String lower(DeskView v) {
        return v.name().toLowerCase(java.util.Locale.ROOT);
    }
}
