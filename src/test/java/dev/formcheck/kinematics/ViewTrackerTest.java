package dev.formcheck.kinematics;

import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ViewTrackerTest {
    private static final long FRAME = 33_333;

    /** What {@link ViewDetector} would say of one frame turned {@code turn} degrees. */
    private static ViewEstimate frame(double turn) {
        CameraView view = ViewDetector.classify(turn);
        return new ViewEstimate(view, ViewDetector.confidence(view, turn, 3), turn, 3);
    }

    private static List<CameraView> track(ViewTracker tracker, double... turns) {
        List<CameraView> out = new ArrayList<>();
        for (int i = 0; i < turns.length; i++) {
            out.add(tracker.track(frame(turns[i]), i * FRAME).view());
        }
        return out;
    }

    @Test
    void aTurnJitteringAcrossTheFrontObliqueBoundaryKeepsOneView() {
        double[] alternating = new double[150];
        double[] wavering = new double[150];
        for (int i = 0; i < 150; i++) {
            alternating[i] = i % 2 == 0 ? 28 : 32;
            wavering[i] = 30 - 2 * Math.cos(2 * Math.PI * i * FRAME / 500_000.0); // 28..32 every half second
        }
        assertThat(Set.copyOf(track(new ViewTracker(), alternating))).containsExactly(CameraView.FRONT);
        assertThat(Set.copyOf(track(new ViewTracker(), wavering))).containsExactly(CameraView.FRONT);
        double[] fromOblique = alternating.clone();
        fromOblique[0] = 32;
        assertThat(Set.copyOf(track(new ViewTracker(), fromOblique))).as("whichever it started in").containsExactly(CameraView.OBLIQUE);
    }

    @Test
    void aRealTurnFromTwentyToEightyDegreesChangesTheViewAsItPassesEachBoundaryAndTheMargin() {
        ViewTracker tracker = new ViewTracker();
        List<CameraView> changes = new ArrayList<>();
        List<Double> at = new ArrayList<>();
        for (int i = 0; i <= 30; i++) { // 60 degrees in one second
            double turn = 20 + 2 * i;
            CameraView v = tracker.track(frame(turn), i * FRAME).view();
            if (changes.isEmpty() || changes.get(changes.size() - 1) != v) {
                changes.add(v);
                at.add(turn);
            }
        }
        assertThat(changes).containsExactly(CameraView.FRONT, CameraView.OBLIQUE, CameraView.SIDE);
        assertThat(at.get(1)).isCloseTo(30 + ViewTracker.MARGIN_DEGREES, within(2.0));
        assertThat(at.get(2)).isCloseTo(60 + ViewTracker.MARGIN_DEGREES, within(2.0));
    }

    @Test
    void aTurnSettledJustPastABoundaryChangesTheViewAfterTheDwell() {
        ViewTracker tracker = new ViewTracker();
        tracker.track(frame(56), 0);
        assertThat(tracker.track(frame(62), 100_000).view()).isEqualTo(CameraView.OBLIQUE);
        assertThat(tracker.track(frame(62), 100_000 + ViewTracker.DWELL_MICROS - 1).view()).isEqualTo(CameraView.OBLIQUE);
        assertThat(tracker.track(frame(62), 100_000 + ViewTracker.DWELL_MICROS - 1).view()).as("a repeated timestamp").isEqualTo(CameraView.OBLIQUE);
        assertThat(tracker.track(frame(61), 100_000 + ViewTracker.DWELL_MICROS).view()).isEqualTo(CameraView.SIDE);
    }

    @Test
    void aReturnInsideTheBandStartsTheDwellAgain() {
        ViewTracker tracker = new ViewTracker();
        tracker.track(frame(56), 0);
        tracker.track(frame(62), 100_000);
        tracker.track(frame(59), 250_000);
        assertThat(tracker.track(frame(62), 400_000).view()).isEqualTo(CameraView.OBLIQUE);
        assertThat(tracker.track(frame(62), 699_999).view()).isEqualTo(CameraView.OBLIQUE);
        assertThat(tracker.track(frame(62), 700_000).view()).isEqualTo(CameraView.SIDE);
    }

    @Test
    void theReportedEstimateKeepsTheFramesOwnTurnWithTheConfidenceInTheHeldViewAndAnUnknownFrameChangesNothing() {
        ViewTracker tracker = new ViewTracker();
        tracker.track(frame(28), 0);
        ViewEstimate reported = tracker.track(frame(32), FRAME);
        assertThat(reported.view()).isEqualTo(CameraView.FRONT);
        assertThat(reported.turnDegrees()).isEqualTo(32);
        assertThat(reported.cues()).isEqualTo(3);
        assertThat(reported.confidence()).as("2 degrees past the held class's boundary").isCloseTo(0.5 - 0.5 * 2 / 15, within(1e-9));

        assertThat(tracker.track(ViewEstimate.UNKNOWN, 2 * FRAME)).isEqualTo(ViewEstimate.UNKNOWN);
        assertThat(tracker.held()).isEqualTo(CameraView.FRONT);
        assertThat(tracker.track(frame(32), 3 * FRAME).view()).isEqualTo(CameraView.FRONT);
    }

    @Test
    void anEarlierTimestampOrAResetStartsOverFromTheFramesOwnView() {
        ViewTracker tracker = new ViewTracker();
        tracker.track(frame(28), 1_000_000);
        assertThat(tracker.track(frame(32), 0).view()).isEqualTo(CameraView.OBLIQUE);
        tracker.reset();
        assertThat(tracker.held()).isEqualTo(CameraView.UNKNOWN);
        assertThat(tracker.track(frame(28), 10).view()).isEqualTo(CameraView.FRONT);
    }

    /**
     * Through {@link Kinematics}: the synthetic body standing at camera azimuths 38 and 42 reads a
     * turn of 28.1 and 33.2 (FRONT and OBLIQUE frame by frame); alternating between them, the
     * stream reports one view, and a photo still gets its own.
     */
    @Test
    void kinematicsCarriesTheTrackedViewAndAStillItsOwn() {
        Pose front = SyntheticPoses.projected(SyntheticPoses.standing(), SyntheticPoses.SIDE.withAzimuth(38), 0, 0.9);
        Pose oblique = SyntheticPoses.projected(SyntheticPoses.standing(), SyntheticPoses.SIDE.withAzimuth(42), 0, 0.9);
        assertThat(ViewDetector.detect(front).view()).isEqualTo(CameraView.FRONT);
        assertThat(ViewDetector.detect(oblique).view()).isEqualTo(CameraView.OBLIQUE);

        Kinematics k = Kinematics.withDefaults();
        Set<CameraView> seen = EnumSet.noneOf(CameraView.class);
        for (int i = 0; i < 90; i++) {
            seen.add(k.measure(TestPoses.at(i % 2 == 0 ? front : oblique, i * FRAME)).view().view());
        }
        assertThat(seen).containsExactly(CameraView.FRONT);
        assertThat(Kinematics.ofStill(oblique, NeutralPosture.defaults()).view().view()).isEqualTo(CameraView.OBLIQUE);

        k.reset();
        assertThat(k.measure(TestPoses.at(oblique, 0)).view().view()).as("after a reset").isEqualTo(CameraView.OBLIQUE);
    }

    @Test
    void kinematicsForgetsTheHeldViewWithThePerson() {
        Pose front = SyntheticPoses.projected(SyntheticPoses.standing(), SyntheticPoses.SIDE.withAzimuth(38), 0, 0.9);
        Pose oblique = SyntheticPoses.projected(SyntheticPoses.standing(), SyntheticPoses.SIDE.withAzimuth(42), 0, 0.9);
        Kinematics within = Kinematics.withDefaults();
        within.measure(TestPoses.at(front, 0));
        assertThat(within.measure(TestPoses.at(oblique, KinematicsSettings.FORGET_AFTER_MICROS)).view().view())
                .as("the first frame past the boundary, within the forget time").isEqualTo(CameraView.FRONT);
        Kinematics after = Kinematics.withDefaults();
        after.measure(TestPoses.at(front, 0));
        assertThat(after.measure(TestPoses.at(oblique, KinematicsSettings.FORGET_AFTER_MICROS + 1)).view().view())
                .as("the same frame after longer than the forget time").isEqualTo(CameraView.OBLIQUE);
    }
}
