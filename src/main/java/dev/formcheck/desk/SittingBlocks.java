package dev.formcheck.desk;

import dev.formcheck.analysis.thresholds.Provenance;
import dev.formcheck.analysis.thresholds.SittingBaseline;
import dev.formcheck.kinematics.CameraView;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The desk monitor's baseline inside the sitting block of a user's calibration
 * ({@code calibrate --pose sitting}): its metrics stored beside the calibration's own under
 * {@link DeskMetric#fileName()}, and read back. The block's view is the camera view; the desk
 * metrics are stored only when the desk measured the same view.
 */
public final class SittingBlocks {
    private SittingBlocks() {
    }

    /** The block with the desk baseline's metrics added, when both are of the same view; else the block as it was. */
    public static SittingBaseline withDesk(SittingBaseline block, DeskBaseline desk) {
        return withDesk(block, desk, Optional.empty());
    }

    /**
     * The block with the desk baseline's metrics and the camera frame they were measured in added,
     * when both are of the same view; else the block as it was.
     */
    public static SittingBaseline withDesk(SittingBaseline block, DeskBaseline desk, Optional<CameraFrame> frame) {
        if (deskView(block.view()) != desk.view()) {
            return block;
        }
        Map<String, Double> metrics = new LinkedHashMap<>(block.metrics());
        metrics.putAll(desk.metricsByFileName());
        frame.ifPresent(f -> putFrame(metrics, f));
        return new SittingBaseline(block.provenance(), block.view(), metrics);
    }

    /** The camera frame a block's desk baseline was measured in; empty for a block written before frames were kept. */
    public static Optional<CameraFrame> frame(SittingBaseline block) {
        Double w = block.metrics().get(CameraFrame.WIDTH_NAME);
        Double h = block.metrics().get(CameraFrame.HEIGHT_NAME);
        if (w == null || h == null || w < 1 || h < 1 || w != Math.rint(w) || h != Math.rint(h)) {
            return Optional.empty();
        }
        return Optional.of(new CameraFrame(w.intValue(), h.intValue()));
    }

    private static void putFrame(Map<String, Double> metrics, CameraFrame frame) {
        metrics.put(CameraFrame.WIDTH_NAME, (double) frame.width());
        metrics.put(CameraFrame.HEIGHT_NAME, (double) frame.height());
    }

    /**
     * A block made from the desk baseline alone, for a front webcam that sees no hips, where the
     * calibration's own side-on measurement finds nothing to measure.
     */
    public static SittingBaseline of(DeskBaseline desk, Provenance provenance) {
        return of(desk, provenance, Optional.empty());
    }

    /** As {@link #of(DeskBaseline, Provenance)}, remembering the camera frame it was measured in. */
    public static SittingBaseline of(DeskBaseline desk, Provenance provenance, Optional<CameraFrame> frame) {
        Map<String, Double> metrics = new LinkedHashMap<>(desk.metricsByFileName());
        frame.ifPresent(f -> putFrame(metrics, f));
        return new SittingBaseline(provenance, desk.view() == DeskView.SIDE ? CameraView.SIDE : CameraView.FRONT, metrics);
    }

    /** The desk baseline stored in a block, if the block carries one (a calibration from before the desk monitor does not). */
    public static Optional<DeskBaseline> desk(SittingBaseline block) {
        Provenance p = block.provenance();
        return DeskBaseline.fromFile(deskView(block.view()), block.metrics(), Optional.of(p.measuredAt()), p.frames(),
                "calibration of " + p.measuredAt().toString().substring(0, 10) + " (" + p.source() + ")");
    }

    /**
     * The standing-desk baseline stored in {@code standing}, to be used beside the sitting one in
     * {@code sitting}: only when both carry desk baselines of one view taken in the same camera
     * frame (else its place in the frame means nothing next to the sitting one's).
     */
    public static Optional<DeskBaseline> standingBeside(Optional<SittingBaseline> sitting, Optional<SittingBaseline> standing) {
        if (sitting.isEmpty() || standing.isEmpty() || !frame(sitting.get()).equals(frame(standing.get()))) {
            return Optional.empty();
        }
        Optional<DeskBaseline> sit = desk(sitting.get());
        return desk(standing.get()).filter(d -> sit.isPresent() && sit.get().view() == d.view());
    }

    /**
     * Whether desk mode can tell the user's sitting (stored) from standing (just measured), in a
     * sentence for the user: calibrating standing is only worth it where the camera can.
     */
    public static String standingAgainstSitting(Optional<SittingBaseline> sitting, SittingBaseline standing,
                                                dev.formcheck.analysis.thresholds.Thresholds thresholds) {
        if (sitting.isEmpty() || desk(sitting.get()).isEmpty()) {
            return "Calibrate sitting too, with the same camera: desk mode then tells your sitting from your standing if the"
                    + " camera can.";
        }
        Optional<CameraFrame> sitFrame = frame(sitting.get());
        Optional<CameraFrame> standFrame = frame(standing);
        if (!sitFrame.equals(standFrame)) {
            return "Your sitting baseline was taken with the camera giving " + sitFrame.map(CameraFrame::words).orElse("an unknown size")
                    + ", this one with " + standFrame.map(CameraFrame::words).orElse("an unknown size")
                    + ": calibrate sitting again with this camera, so desk mode can compare them.";
        }
        Optional<DeskBaseline> stand = desk(standing);
        if (stand.isEmpty()) {
            return "Desk mode found too little of you to compare with your sitting baseline.";
        }
        StanceRecogniser.Verdict verdict = StanceRecogniser.of(desk(sitting.get()).get(), stand.get(), thresholds);
        if (verdict instanceof StanceRecogniser.Verdict.CanTell can) {
            return String.format(java.util.Locale.ROOT, "Desk mode can tell your sitting from your standing (%.1f apart):"
                    + " each is judged against its own baseline, and the sit/stand reminders follow what the camera sees.",
                    can.recogniser().separation());
        }
        String why = ((StanceRecogniser.Verdict.CannotTell) verdict).why();
        return "Desk mode cannot tell your sitting from your standing: " + why + ".";
    }

    private static DeskView deskView(CameraView v) {
        return switch (v) {
            case FRONT -> DeskView.FRONT;
            case SIDE -> DeskView.SIDE;
            default -> DeskView.UNKNOWN;
        };
    }
}
