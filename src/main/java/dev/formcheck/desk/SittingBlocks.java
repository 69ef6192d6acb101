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
        if (deskView(block.view()) != desk.view()) {
            return block;
        }
        Map<String, Double> metrics = new LinkedHashMap<>(block.metrics());
        metrics.putAll(desk.metricsByFileName());
        return new SittingBaseline(block.provenance(), block.view(), metrics);
    }

    /**
     * A block made from the desk baseline alone, for a front webcam that sees no hips, where the
     * calibration's own side-on measurement finds nothing to measure.
     */
    public static SittingBaseline of(DeskBaseline desk, Provenance provenance) {
        return new SittingBaseline(provenance, desk.view() == DeskView.SIDE ? CameraView.SIDE : CameraView.FRONT,
                desk.metricsByFileName());
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
