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

    private static DeskView deskView(CameraView v) {
        return switch (v) {
            case FRONT -> DeskView.FRONT;
            case SIDE -> DeskView.SIDE;
            default -> DeskView.UNKNOWN;
        };
    }
}
