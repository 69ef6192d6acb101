package dev.formcheck.analysis.calibration;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.StanceNeutral;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Kinematics;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.Skeleton;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StanceCalibrationTest {
    private static final CalibrationCriteria STREAM = CalibrationCriteria.of(CalibrationFiles.defaults(), false);
    private static final CalibrationRun RUN = new CalibrationRun(Instant.parse("2026-11-25T10:00:00Z"), "test", Optional.empty());
    /**
     * The synthetic body's own lines standing side-on, from its true keypoints (docs/kinematics.md,
     * "The back": 176.9 and 180.2 deg); the medians of identical frames must give them back.
     */
    private static final double BODY_HEAD_LINE = 176.9;
    private static final double BODY_HIP_LINE = 180.2;
    /** The figures above are quoted to a tenth of a degree. */
    private static final double QUOTED = 0.05;
    /**
     * Side-on, a segment projects at its true length give or take perspective: the camera 2.4 m
     * away, tilted 3 degrees, stretches the thigh against the torso by 0.034 of a torso length.
     */
    private static final double RATIO_TOLERANCE = 0.05;

    private static StanceNeutral accepted(CalibrationOutcome<StanceNeutral> outcome) {
        assertThat(outcome).isInstanceOf(CalibrationOutcome.Accepted.class);
        return ((CalibrationOutcome.Accepted<StanceNeutral>) outcome).block();
    }

    private static String rejected(CalibrationOutcome<StanceNeutral> outcome) {
        assertThat(outcome).isInstanceOf(CalibrationOutcome.Rejected.class);
        return ((CalibrationOutcome.Rejected<StanceNeutral>) outcome).message();
    }

    @Test
    void standingStillSideOnGivesTheBodysOwnLinesAndProportions() {
        StanceNeutral n = accepted(StanceCalibration.measure(Bodies.frames(Bodies.standing(), Bodies.SIDE, 30), STREAM, RUN));

        assertThat(n.headLineDegrees()).isCloseTo(BODY_HEAD_LINE, within(QUOTED));
        assertThat(n.hipLineDegrees()).isCloseTo(BODY_HIP_LINE, within(QUOTED));
        assertThat(n.trunkInclinationDegrees()).isBetween(-2.0, 2.0);
        assertThat(n.view()).isEqualTo(CameraView.SIDE);
        assertThat(n.provenance().frames()).isEqualTo(30);
        Skeleton s = ForwardKinematics.solve(Bodies.BODY, Bodies.standing());
        double torso = s.point(BodyPart.RIGHT_SHOULDER).distanceTo(s.point(BodyPart.RIGHT_HIP));
        assertThat(n.segments().thighRatio().getAsDouble()).isCloseTo(
                s.point(BodyPart.RIGHT_HIP).distanceTo(s.point(BodyPart.RIGHT_KNEE)) / torso, within(RATIO_TOLERANCE));
        assertThat(n.segments().shankRatio().getAsDouble()).isCloseTo(
                s.point(BodyPart.RIGHT_KNEE).distanceTo(s.point(BodyPart.RIGHT_ANKLE)) / torso, within(RATIO_TOLERANCE));
        assertThat(n.segments().upperArmRatio()).isPresent();
        assertThat(n.segments().forearmRatio()).isPresent();
        assertThat(n.posture().isCalibrated()).isTrue();
    }

    @Test
    void framesOfAHingeOrBentKneesAreLeftOutOfTheMedians() {
        Kinematics k = Kinematics.withDefaults();
        List<CalibrationSample> samples = new ArrayList<>(Bodies.frames(k, Bodies.standing(), Bodies.SIDE, 0, 20));
        samples.addAll(Bodies.frames(k, Bodies.leaning(60), Bodies.SIDE, 20, 15));
        samples.addAll(Bodies.frames(k, Bodies.kneesBent(70), Bodies.SIDE, 35, 15));

        StanceNeutral n = accepted(StanceCalibration.measure(samples, STREAM, RUN));

        assertThat(n.provenance().frames()).isEqualTo(20);
        assertThat(n.headLineDegrees()).isCloseTo(BODY_HEAD_LINE, within(QUOTED));
        assertThat(n.hipLineDegrees()).isCloseTo(BODY_HIP_LINE, within(QUOTED));
    }

    @Test
    void aSecondPersonTheTrackerHopsToIsRefusedAsNoStillPosture() {
        Kinematics k = Kinematics.withDefaults();
        List<CalibrationSample> samples = new ArrayList<>();
        dev.formcheck.pose.Pose user = Bodies.keypoints(Bodies.standing(), Bodies.SIDE);
        // someone else a metre nearer the camera: the same build, 1.5 times as large in the frame, the hips in the same place
        double hipX = user.get(BodyPart.LEFT_HIP).x();
        double hipY = user.get(BodyPart.LEFT_HIP).y();
        dev.formcheck.pose.Pose other = new dev.formcheck.pose.Pose(0, user.keypoints().stream()
                .map(kp -> new dev.formcheck.pose.Keypoint(kp.part(), hipX + (kp.x() - hipX) * 1.5, hipY + (kp.y() - hipY) * 1.5, kp.score()))
                .toList());
        for (int i = 0; i < 40; i++) {
            dev.formcheck.pose.Pose p = new dev.formcheck.pose.Pose(i * 33_333L, (i % 4 == 3 ? other : user).keypoints());
            samples.add(CalibrationSample.of(k.measure(p), p));
        }

        String message = rejected(StanceCalibration.measure(samples, STREAM, RUN));

        assertThat(message).startsWith("These frames are not a still neutral posture: the person in view grew or shrank by 50%")
                .contains("someone else came into view");
    }

    @Test
    void aHingeIsRejectedSayingTheUserLeaned() {
        String message = rejected(StanceCalibration.measure(Bodies.frames(Bodies.leaning(60), Bodies.SIDE, 30), STREAM, RUN));

        assertThat(message).isEqualTo("Too few frames to calibrate from: 0 of 30 qualified, 10 needed (most often: you "
                + "leaned more than 15° from upright). " + StanceCalibration.ADVICE);
    }

    @Test
    void bentKneesAreRejectedSayingSo() {
        KinematicFrame f = Bodies.frames(Bodies.kneesBent(70), Bodies.SIDE, 1).get(0).frame();
        assertThat(Math.abs(f.angles().trunkInclination().valueIfPresent().getAsDouble())).as("upright").isLessThan(15);

        assertThat(rejected(StanceCalibration.measure(Bodies.frames(Bodies.kneesBent(70), Bodies.SIDE, 30), STREAM, RUN)))
                .contains("(most often: your knees were bent (under 160°))");
    }

    @Test
    void aFrontViewIsRejectedWithTheAdvice() {
        assertThat(rejected(StanceCalibration.measure(Bodies.frames(Bodies.standing(), Bodies.FRONT, 30), STREAM, RUN)))
                .isEqualTo("Too few frames to calibrate from: 0 of 30 qualified, 10 needed (most often: the camera saw "
                        + "you from the front or back). Stand side-on to the camera, upright, so your ear, shoulder, "
                        + "hip, knee and ankle are in view.");
    }

    @Test
    void fewerQualifyingFramesThanTheMinimumAreRejectedAndOnePhotoIsEnough() {
        List<CalibrationSample> nine = Bodies.frames(Bodies.standing(), Bodies.SIDE, CalibrationCriteria.MIN_FRAMES_STREAM - 1);

        assertThat(rejected(StanceCalibration.measure(nine, STREAM, RUN)))
                .startsWith("Too few frames to calibrate from: 9 of 9 qualified, 10 needed. Stand side-on");
        CalibrationCriteria photos = CalibrationCriteria.of(CalibrationFiles.defaults(), true);
        assertThat(accepted(StanceCalibration.measure(nine.subList(0, 1), photos, RUN)).provenance().frames()).isEqualTo(1);
    }

    @Test
    void nobodyInViewIsRejectedSayingSo() {
        List<CalibrationSample> empty = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            empty.add(new CalibrationSample(KinematicFrame.nobody(i * Bodies.FRAME_MICROS), Optional.empty()));
        }

        assertThat(rejected(StanceCalibration.measure(empty, STREAM, RUN))).contains("(most often: no one was in view)");
    }
}
