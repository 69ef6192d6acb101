package dev.formcheck.desk;

import dev.formcheck.analysis.thresholds.Provenance;
import dev.formcheck.analysis.thresholds.SittingBaseline;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A stored desk baseline remembers the camera frame it was measured in; a session in another frame is told. */
class CameraFrameTest {
    private static final Provenance CALIBRATED = new Provenance(Instant.parse("2026-12-01T09:00:00Z"), "camera 0", 10, Optional.of("lightning"));

    @Test
    void aBaselineStoredWithItsFrameGivesTheFrameBackAndStillReadsAsTheSameBaseline() {
        DeskBaseline desk = frontBaseline();

        SittingBaseline block = SittingBlocks.of(desk, CALIBRATED, Optional.of(new CameraFrame(640, 480)));

        assertThat(SittingBlocks.frame(block)).contains(new CameraFrame(640, 480));
        assertThat(SittingBlocks.desk(block).orElseThrow().metrics()).isEqualTo(desk.metrics());
    }

    @Test
    void aBlockWrittenBeforeFramesWereKeptHasNoFrameAndIsNotQuestioned() {
        SittingBaseline block = SittingBlocks.of(frontBaseline(), CALIBRATED);

        assertThat(SittingBlocks.frame(block)).isEmpty();
        assertThat(CameraFrame.mismatch(SittingBlocks.frame(block), new CameraFrame(1280, 720))).isEmpty();
    }

    @Test
    void anotherResolutionIsSaidInPlainWords() {
        assertThat(CameraFrame.mismatch(Optional.of(new CameraFrame(640, 480)), new CameraFrame(640, 480))).isEmpty();
        assertThat(CameraFrame.mismatch(Optional.of(new CameraFrame(640, 480)), new CameraFrame(1280, 720)).map(CameraFrame.Mismatch::words)).contains(
                "your stored baseline was taken with the camera giving 640 x 480 pixels, and this camera gives 1280 x 720 pixels:"
                        + " every posture would read wrong against it");
    }

    @Test
    void aFrameNeedsASize() {
        assertThatThrownBy(() -> new CameraFrame(0, 480)).hasMessageContaining("positive width and height");
    }

    private static DeskBaseline frontBaseline() {
        return DeskBaseline.of(List.of(DeskMeasurer.ofStill(SittingBody.seen(SittingBody.pose(SittingBody.Shape.UPRIGHT), SittingBody.FRONT, 0))),
                Optional.of(CALIBRATED.measuredAt()), "calibrate");
    }
}
