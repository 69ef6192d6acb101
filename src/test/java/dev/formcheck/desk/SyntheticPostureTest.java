package dev.formcheck.desk;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.synthetic.Camera;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each desk posture of the synthetic sitting body, judged alone against its upright baseline, in
 * the view each can be seen from: every one must be named right.
 */
class SyntheticPostureTest {
    static final PostureThresholds SHIPPED = PostureThresholds.from(CalibrationFiles.defaults());

    static PostureClassifier classifier(Camera camera) {
        DeskMeasurement upright = DeskMeasurer.ofStill(SittingBody.seen(SittingBody.pose(SittingBody.Shape.UPRIGHT), camera, 0));
        return new PostureClassifier(SHIPPED, DeskBaseline.of(List.of(upright), Optional.empty(), "synthetic upright"));
    }

    static SampleVerdict judge(Camera camera, SittingBody.Shape shape) {
        return classifier(camera).classify(DeskMeasurer.ofStill(SittingBody.seen(SittingBody.pose(shape), camera, 0)), Posture.UPRIGHT);
    }

    @Test
    void theWebcamSeesTheBodyFromTheFrontAndTheSideCameraFromTheSide() {
        assertThat(DeskMeasurer.ofStill(SittingBody.seen(SittingBody.sitting(), SittingBody.FRONT, 0)).view()).isEqualTo(DeskView.FRONT);
        assertThat(DeskMeasurer.ofStill(SittingBody.seen(SittingBody.sitting(), SittingBody.SIDE, 0)).view()).isEqualTo(DeskView.SIDE);
    }

    @Test
    void frontViewNamesEachPosture(TestReporter reporter) {
        for (SittingBody.Shape s : SittingBody.Shape.values()) {
            reporter.publishEntry("front " + s, judge(SittingBody.FRONT, s).stateName() + " " + judge(SittingBody.FRONT, s).metrics());
        }
        assertThat(judge(SittingBody.FRONT, SittingBody.Shape.UPRIGHT).stateName()).isEqualTo("UPRIGHT");
        assertThat(judge(SittingBody.FRONT, SittingBody.Shape.SLOUCHED).stateName()).isEqualTo("SLOUCHED");
        assertThat(judge(SittingBody.FRONT, SittingBody.Shape.FORWARD_HEAD).stateName()).isEqualTo("FORWARD_HEAD");
        assertThat(judge(SittingBody.FRONT, SittingBody.Shape.LEAN_IN).stateName()).isEqualTo("FORWARD_HEAD");
        assertThat(judge(SittingBody.FRONT, SittingBody.Shape.LEAN_LEFT).stateName()).isEqualTo("LEANING left");
        assertThat(judge(SittingBody.FRONT, SittingBody.Shape.LEAN_RIGHT).stateName()).isEqualTo("LEANING right");
        assertThat(judge(SittingBody.FRONT, SittingBody.Shape.MOVED_BACK).stateName()).isEqualTo("LEANING back");
        // the limit of the front view: a deep recline lowers the head as a slump does
        assertThat(judge(SittingBody.FRONT, SittingBody.Shape.LEAN_BACK).stateName()).isEqualTo("SLOUCHED");
    }

    @Test
    void sideViewNamesEachPosture(TestReporter reporter) {
        for (SittingBody.Shape s : SittingBody.Shape.values()) {
            reporter.publishEntry("side " + s, judge(SittingBody.SIDE, s).stateName() + " " + judge(SittingBody.SIDE, s).metrics());
        }
        assertThat(judge(SittingBody.SIDE, SittingBody.Shape.UPRIGHT).stateName()).isEqualTo("UPRIGHT");
        assertThat(judge(SittingBody.SIDE, SittingBody.Shape.SLOUCHED).stateName()).isEqualTo("SLOUCHED");
        assertThat(judge(SittingBody.SIDE, SittingBody.Shape.FORWARD_HEAD).stateName()).isEqualTo("FORWARD_HEAD");
        assertThat(judge(SittingBody.SIDE, SittingBody.Shape.LEAN_BACK).stateName()).isEqualTo("LEANING back");
    }

    @Test
    void aPasserByBehindIsNotTheUser() {
        PostureClassifier c = classifier(SittingBody.FRONT);
        SampleVerdict v = c.classify(DeskMeasurer.ofStill(SittingBody.seen(SittingBody.passerBy(0.3), SittingBody.FRONT, 0)), Posture.UPRIGHT);
        assertThat(v).isInstanceOf(SampleVerdict.Absent.class);
    }
}
