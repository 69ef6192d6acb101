package dev.formcheck.desk;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeskBaselineTest {
    @Test
    void aBaselineIsTheMeanOfItsSamples() {
        DeskMeasurement a = DeskMeasurer.ofStill(SittingBody.seen(SittingBody.pose(SittingBody.Shape.UPRIGHT), SittingBody.FRONT, 0));
        DeskMeasurement b = DeskMeasurer.ofStill(SittingBody.seen(SittingBody.pose(SittingBody.Shape.MOVED_BACK), SittingBody.FRONT, 0));
        DeskBaseline base = DeskBaseline.of(List.of(a, b), Optional.empty(), "two");
        assertThat(base.scale()).isEqualTo((a.get(DeskMetric.SHOULDER_WIDTH).getAsDouble() + b.get(DeskMetric.SHOULDER_WIDTH).getAsDouble()) / 2);
        assertThat(base.frames()).isEqualTo(2);
    }

    @Test
    void samplesWithNobodyOrInAnotherViewAreRefusedByNumber() {
        DeskMeasurement front = DeskMeasurer.ofStill(SittingBody.seen(SittingBody.sitting(), SittingBody.FRONT, 0));
        DeskMeasurement side = DeskMeasurer.ofStill(SittingBody.seen(SittingBody.sitting(), SittingBody.SIDE, 0));
        assertThatThrownBy(() -> DeskBaseline.of(List.of(front, side), Optional.empty(), "photos"))
                .hasMessage("photos: sample 2 is a side view, sample 1 a front view; a baseline needs one view");
        assertThatThrownBy(() -> DeskBaseline.of(List.of(front, DeskMeasurement.nobody(0)), Optional.empty(), "photos"))
                .hasMessage("photos: sample 2 shows nobody");
        assertThatThrownBy(() -> DeskBaseline.of(List.of(), Optional.empty(), "photos"))
                .hasMessage("photos: no upright samples to take a baseline from");
    }

    @Test
    void aBaselineStoredUnderItsFileNamesComesBackTheSameAndOtherNamesAreIgnored() {
        DeskMeasurement side = DeskMeasurer.ofStill(SittingBody.seen(SittingBody.sitting(), SittingBody.SIDE, 0));
        DeskBaseline base = DeskBaseline.of(List.of(side), Optional.of(Instant.parse("2026-11-25T09:00:00Z")), "calibrate");
        Map<String, Double> file = new HashMap<>(base.metricsByFileName());
        assertThat(file).containsKeys("desk_trunk_inclination_deg", "desk_trunk_length_px");
        file.put("head_line_deg", 170.0); // the calibration's own
        DeskBaseline back = DeskBaseline.fromFile(DeskView.SIDE, file, base.measuredAt(), 1, "calibrate").orElseThrow();
        assertThat(back.metrics()).isEqualTo(base.metrics());
        assertThat(DeskBaseline.fromFile(DeskView.FRONT, file, base.measuredAt(), 1, "calibrate"))
                .as("side metrics do not make a front baseline").isEmpty();
        assertThat(DeskBaseline.fromFile(DeskView.SIDE, Map.of("head_line_deg", 170.0), Optional.empty(), 1, "old"))
                .as("a calibration from before the desk monitor").isEmpty();
    }
}
