package dev.formcheck.analysis.calibration;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.SittingBaseline;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.KinematicFrame;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SittingCalibrationTest {
    private static final CalibrationCriteria STREAM = CalibrationCriteria.of(CalibrationFiles.defaults(), false);
    private static final CalibrationRun RUN = new CalibrationRun(Instant.parse("2026-11-25T10:00:00Z"), "camera 0",
            Optional.of("lightning"));

    private static SittingBaseline accepted(CalibrationOutcome<SittingBaseline> outcome) {
        assertThat(outcome).isInstanceOf(CalibrationOutcome.Accepted.class);
        return ((CalibrationOutcome.Accepted<SittingBaseline>) outcome).block();
    }

    @Test
    void sittingSideOnStoresTheSideViewWithItsHeadLineAndTrunk() {
        List<CalibrationSample> samples = Bodies.frames(Bodies.sitting(90, 90), Bodies.SIDE, 30);
        KinematicFrame one = samples.get(0).frame();

        SittingBaseline b = accepted(SittingCalibration.measure(samples, STREAM, RUN));

        assertThat(b.view()).isEqualTo(CameraView.SIDE);
        assertThat(b.metric(SittingBaseline.HEAD_LINE).orElseThrow())
                .isCloseTo(one.angles().headNeck().valueIfPresent().getAsDouble(), within(1e-9));
        assertThat(b.metric(SittingBaseline.TRUNK_INCLINATION).orElseThrow()).isBetween(-5.0, 5.0);
        assertThat(b.provenance().frames()).isEqualTo(30);
        assertThat(b.provenance().model()).contains("lightning");
    }

    @Test
    void sittingInFrontOfTheCameraStoresTheFrontViewAndNoSideAngles() {
        SittingBaseline b = accepted(SittingCalibration.measure(Bodies.frames(Bodies.sitting(90, 90), Bodies.FRONT, 30),
                STREAM, RUN));

        assertThat(b.view()).isEqualTo(CameraView.FRONT);
        assertThat(b.metrics()).isEmpty();
    }

    @Test
    void nobodyInViewIsRejectedWithTheAdvice() {
        List<CalibrationSample> empty = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> new CalibrationSample(KinematicFrame.nobody(i * Bodies.FRAME_MICROS), Optional.empty()))
                .toList();

        CalibrationOutcome<SittingBaseline> outcome = SittingCalibration.measure(empty, STREAM, RUN);

        assertThat(outcome).isEqualTo(new CalibrationOutcome.Rejected<SittingBaseline>("Too few frames to calibrate "
                + "from: 0 of 20 qualified, 10 needed (most often: no one was in view). " + SittingCalibration.ADVICE));
    }
}
