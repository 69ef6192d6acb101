package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.pose.Pose;
import dev.formcheck.synthetic.BodyPose;
import dev.formcheck.synthetic.Camera;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.Renderer;
import dev.formcheck.synthetic.SquatMotion;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The view from widths against torso length, on the synthetic body seen from known camera
 * azimuths (0 in front, 90 at its right side, 180 behind, 270 at its left): the true view is the
 * azimuth's distance from the nearest of front and back, 0-30 FRONT, 30-60 OBLIQUE, 60-90 SIDE.
 * Azimuths near a class boundary (30, 60) are left out: either answer is right there.
 */
class ViewDetectorTest {
    /**
     * How far the estimated turn may be from the camera's: the width cues are true cosines only
     * for an orthographic camera; ours is 2.4 m away, so near and far shoulders differ in scale
     * (side-on the shoulders are 0.13 torso lengths apart, not 0), and the face's ears sit
     * differently from the joints. Measured: at most 14° off at 75°, within 11° elsewhere.
     */
    static final double TURN_TOLERANCE_DEGREES = 15;

    @ParameterizedTest(name = "azimuth {0}, elevation {1}: {2}")
    @CsvSource({
            "0, 3, FRONT", "15, 3, FRONT", "180, 3, FRONT", "345, 3, FRONT", "195, 3, FRONT",
            "45, 3, OBLIQUE", "135, 3, OBLIQUE", "225, 3, OBLIQUE", "315, 3, OBLIQUE",
            "75, 3, SIDE", "90, 3, SIDE", "105, 3, SIDE", "270, 3, SIDE", "255, 3, SIDE",
            "0, 25, FRONT", "90, 25, SIDE", "270, 25, SIDE"})
    void theStandingBodySeenFromAKnownAzimuthIsInItsView(double azimuth, double elevation, CameraView expected) {
        Camera camera = SyntheticPoses.SIDE.withAzimuth(azimuth).withElevation(elevation);
        ViewEstimate view = ViewDetector.detect(SyntheticPoses.rendered(SyntheticPoses.standing(), camera, 0));
        assertThat(view.view()).as("turn %.1f", view.turnDegrees()).isEqualTo(expected);
        assertThat(view.turnDegrees()).isCloseTo(trueTurn(azimuth), within(TURN_TOLERANCE_DEGREES));
        assertThat(view.cues()).isEqualTo(3);
    }

    /** A leaning trunk seen side-on is still side-on, and from the front still front. */
    @ParameterizedTest(name = "azimuth {0}: {1}")
    @CsvSource({"0, FRONT", "90, SIDE", "270, SIDE"})
    void aSquatBottomAndAHingeAreSeenInTheirView(double azimuth, CameraView expected) {
        Camera camera = SyntheticPoses.SIDE.withAzimuth(azimuth);
        SquatMotion squat = SquatMotion.generate(SyntheticPoses.BODY, SquatMotion.Settings.of(5));
        Pose bottom = SyntheticPoses.rendered(squat.poseAt(squat.reps().get(0).bottomSeconds()), camera, 0);
        Pose hinge = SyntheticPoses.rendered(SyntheticPoses.hinge(50, 15, 0, 0, 0), camera, 0);
        assertThat(ViewDetector.detect(bottom).view()).isEqualTo(expected);
        assertThat(ViewDetector.detect(hinge).view()).isEqualTo(expected);
    }

    /**
     * Seen obliquely, a trunk leaning towards (or away from) the camera is foreshortened, so its
     * widths over its image length look as large as facing the camera: before the lean was undone
     * (TorsoDepth) every one of these read FRONT, turns 0-20 degrees. Level camera, true turn 45.
     */
    @ParameterizedTest(name = "{0} at azimuth {1}")
    @CsvSource({"hinge 50, 135", "hinge 75, 45", "hinge 75, 135", "squat bottom, 45"})
    void aTrunkLeaningTowardsAnObliqueCameraIsOblique(String posture, double azimuth) {
        SquatMotion squat = SquatMotion.generate(SyntheticPoses.BODY, SquatMotion.Settings.of(5));
        BodyPose pose = switch (posture) {
            case "hinge 50" -> SyntheticPoses.hinge(50, 15, 0, 0, 0);
            case "hinge 75" -> SyntheticPoses.hinge(75, 10, 0, 0, 0);
            default -> squat.poseAt(squat.reps().get(0).bottomSeconds());
        };
        ViewEstimate view = ViewDetector.detect(SyntheticPoses.rendered(pose, SyntheticPoses.SIDE.withAzimuth(azimuth), 0));
        assertThat(view.view()).as("turn %.1f", view.turnDegrees()).isEqualTo(CameraView.OBLIQUE);
        assertThat(view.turnDegrees()).isCloseTo(trueTurn(azimuth), within(TURN_TOLERANCE_DEGREES));
    }

    @Test
    void aPlankSeenSideOnIsSide() {
        ViewEstimate view = ViewDetector.detect(SyntheticPoses.rendered(SyntheticPoses.plank(0), SyntheticPoses.SIDE, 0));
        assertThat(view.view()).isEqualTo(CameraView.SIDE);
    }

    @Test
    void withoutAVisibleShoulderOrHipTheViewIsUnknown() {
        Pose pose = SyntheticPoses.rendered(SyntheticPoses.standing(), SyntheticPoses.SIDE, 0);
        Pose noHips = TestPoses.withScore(pose, 0.1, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP);
        assertThat(ViewDetector.detect(noHips)).isEqualTo(ViewEstimate.UNKNOWN);
        assertThat(ViewDetector.detect(TestPoses.at(0).build())).isEqualTo(ViewEstimate.UNKNOWN);
    }

    @Test
    void oneEarHiddenBehindTheHeadIsAProfileCue() {
        Pose side = SyntheticPoses.rendered(SyntheticPoses.standing(), SyntheticPoses.SIDE, 0);
        Pose farEarGone = TestPoses.withScore(side, 0.1, BodyPart.LEFT_EAR);
        ViewEstimate view = ViewDetector.detect(farEarGone);
        assertThat(view.view()).isEqualTo(CameraView.SIDE);
        assertThat(view.cues()).isEqualTo(3);
    }

    @Test
    void confidenceIsHighInsideAClassAndAboutHalfNearItsBoundary() {
        ViewEstimate front = ViewDetector.detect(SyntheticPoses.rendered(SyntheticPoses.standing(), SyntheticPoses.SIDE.withAzimuth(0), 0));
        ViewEstimate nearBoundary = ViewDetector.detect(SyntheticPoses.rendered(SyntheticPoses.standing(), SyntheticPoses.SIDE.withAzimuth(62), 0));
        assertThat(front.confidence()).isEqualTo(1.0);
        assertThat(nearBoundary.confidence()).isBetween(0.5, 0.75);
    }

    @Test
    void fewerCuesLowerTheConfidence() {
        Pose front = SyntheticPoses.rendered(SyntheticPoses.standing(), SyntheticPoses.SIDE.withAzimuth(0), 0);
        Pose noEars = TestPoses.withScore(front, 0.1, BodyPart.LEFT_EAR, BodyPart.RIGHT_EAR);
        ViewEstimate view = ViewDetector.detect(noEars);
        assertThat(view.view()).isEqualTo(CameraView.FRONT);
        assertThat(view.cues()).isEqualTo(2);
        assertThat(view.confidence()).isCloseTo(2.0 / 3, within(1e-9));
    }

    /**
     * The same through MoveNet Thunder on the rendered image, standing: what the reference widths
     * were taken from (azimuth 0) and what they must then get right.
     */
    @Test
    void thunderOnTheRenderedBodyGivesTheViewOfTheCamera(TestReporter report) {
        double[] azimuths = {0, 15, 45, 75, 90, 135, 180, 225, 270};
        CameraView[] expected = {CameraView.FRONT, CameraView.FRONT, CameraView.OBLIQUE, CameraView.SIDE, CameraView.SIDE,
                CameraView.OBLIQUE, CameraView.FRONT, CameraView.OBLIQUE, CameraView.SIDE};
        StringBuilder table = new StringBuilder("azimuth | true turn | view | turn | confidence\n");
        int right = 0;
        try (MoveNetEstimator thunder = MoveNetEstimator.open(MoveNetModel.THUNDER, SharedData.modelsDir(), InferenceSettings.defaults())) {
            for (int i = 0; i < azimuths.length; i++) {
                Camera camera = SyntheticPoses.SIDE.withAzimuth(azimuths[i]);
                Pose pose = thunder.estimate(Renderer.withDefaults()
                        .render(ForwardKinematics.solve(SyntheticPoses.BODY, SyntheticPoses.standing()), camera, 0).image());
                ViewEstimate view = ViewDetector.detect(pose);
                table.append(String.format(Locale.ROOT, "%.0f | %.0f | %s | %.1f | %.2f%n", azimuths[i], trueTurn(azimuths[i]),
                        view.view(), view.turnDegrees(), view.confidence()));
                if (view.view() == expected[i]) {
                    right++;
                }
            }
        }
        Reports.publish(report, "view-rendered-body", table.toString());
        // measured 2026-12: all nine right
        assertThat(right).as(table.toString()).isEqualTo(azimuths.length);
    }

    /**
     * Standing, two hinges and a squat's bottom, from every 15 degrees of azimuth 0-180 and a
     * level (3 degrees) or high (25 degrees) camera, through true keypoints and through Thunder on
     * the rendered image; azimuths on a class boundary (30, 60, 120, 150) left out, 72 cases each.
     * Measured (2026-11): true keypoints 66 of 72 (57 before the torso's lean was undone: the
     * leaning postures seen obliquely read FRONT), Thunder 58 of 72 (56 before; its misses are
     * its own keypoints, e.g. a squat's bottom from 135 read SIDE either way).
     */
    @Test
    void leaningPosturesFromEveryAzimuthAreMostlyInTheirView(TestReporter report) {
        SquatMotion squat = SquatMotion.generate(SyntheticPoses.BODY, SquatMotion.Settings.of(5));
        Map<String, BodyPose> postures = new LinkedHashMap<>();
        postures.put("standing", SyntheticPoses.standing());
        postures.put("hinge 50", SyntheticPoses.hinge(50, 15, 0, 0, 0));
        postures.put("hinge 75", SyntheticPoses.hinge(75, 10, 0, 0, 0));
        postures.put("squat bottom", squat.poseAt(squat.reps().get(0).bottomSeconds()));
        StringBuilder table = new StringBuilder("posture | elevation | azimuth: view turn (true keypoints / Thunder)\n");
        int cases = 0;
        int truthRight = 0;
        int thunderRight = 0;
        try (MoveNetEstimator thunder = MoveNetEstimator.open(MoveNetModel.THUNDER, SharedData.modelsDir(), InferenceSettings.defaults())) {
            for (var posture : postures.entrySet()) {
                for (double elevation : new double[] {3, 25}) {
                    table.append(posture.getKey()).append(" | ").append((int) elevation).append(" |");
                    for (double azimuth = 0; azimuth <= 180; azimuth += 15) {
                        var frame = Renderer.withDefaults().render(ForwardKinematics.solve(SyntheticPoses.BODY, posture.getValue()),
                                SyntheticPoses.SIDE.withAzimuth(azimuth).withElevation(elevation), 0);
                        ViewEstimate truth = ViewDetector.detect(SyntheticPoses.truth(frame));
                        ViewEstimate seen = ViewDetector.detect(thunder.estimate(frame.image()));
                        table.append(String.format(Locale.ROOT, " %.0f: %s %.0f / %s %.0f;", azimuth, truth.view(), truth.turnDegrees(),
                                seen.view(), seen.turnDegrees()));
                        double turn = trueTurn(azimuth);
                        if (turn != ViewDetector.FRONT_MAX_TURN_DEGREES && turn != ViewDetector.SIDE_MIN_TURN_DEGREES) {
                            CameraView expected = ViewDetector.classify(turn);
                            cases++;
                            truthRight += truth.view() == expected ? 1 : 0;
                            thunderRight += seen.view() == expected ? 1 : 0;
                        }
                    }
                    table.append('\n');
                }
            }
        }
        table.append(String.format(Locale.ROOT, "%nin their view: true keypoints %d of %d, Thunder %d of %d%n", truthRight, cases, thunderRight, cases));
        Reports.publish(report, "view-leaning-postures", table.toString());
        assertThat(cases).isEqualTo(72);
        assertThat((double) truthRight / cases).as(table.toString()).isGreaterThanOrEqualTo(MIN_LEANING_TRUTH_RIGHT);
        assertThat((double) thunderRight / cases).as(table.toString()).isGreaterThanOrEqualTo(MIN_LEANING_THUNDER_RIGHT);
    }

    /** 0.9: 65 of 72; measured 66 (57 before the lean was undone). */
    static final double MIN_LEANING_TRUTH_RIGHT = 0.9;
    /** 0.78: 57 of 72 (56 before the lean was undone); measured 58. */
    static final double MIN_LEANING_THUNDER_RIGHT = 0.78;

    /**
     * The facing-the-camera widths the detector divides by are what Thunder measures on the
     * rendered body standing relaxed (the squat set's standing pose) at azimuth 0.
     */
    @Test
    void theReferenceWidthsAreWhatThunderMeasuresOnTheRenderedBodyFacingTheCamera(TestReporter report) {
        SquatMotion squat = SquatMotion.generate(SyntheticPoses.BODY, SquatMotion.Settings.of(5));
        Pose pose;
        try (MoveNetEstimator thunder = MoveNetEstimator.open(MoveNetModel.THUNDER, SharedData.modelsDir(), InferenceSettings.defaults())) {
            pose = thunder.estimate(Renderer.withDefaults().render(ForwardKinematics.solve(SyntheticPoses.BODY, squat.poseAt(0.5)),
                    SyntheticPoses.SIDE.withAzimuth(0), 0).image());
        }
        double torso = Torso.length(pose);
        double shoulders = distance(pose, BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER) / torso;
        double hips = distance(pose, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP) / torso;
        double ears = distance(pose, BodyPart.LEFT_EAR, BodyPart.RIGHT_EAR) / torso;
        Reports.publish(report, "view-reference-widths", String.format(Locale.ROOT,
                "Thunder, rendered body standing at azimuth 0, width / torso length: shoulders %.3f, hips %.3f, ears %.3f%n", shoulders, hips, ears));
        assertThat(shoulders).isCloseTo(ViewDetector.FRONT_SHOULDER_WIDTH, within(REFERENCE_TOLERANCE));
        assertThat(hips).isCloseTo(ViewDetector.FRONT_HIP_WIDTH, within(REFERENCE_TOLERANCE));
        assertThat(ears).isCloseTo(ViewDetector.FRONT_EAR_WIDTH, within(REFERENCE_TOLERANCE));
    }

    /** The constants are the measured ratios rounded to two places. */
    static final double REFERENCE_TOLERANCE = 0.01;

    static double distance(Pose pose, BodyPart a, BodyPart b) {
        return Math.hypot(pose.get(a).x() - pose.get(b).x(), pose.get(a).y() - pose.get(b).y());
    }

    /** The body's turn away from facing the camera (front or back), 0..90, for a camera azimuth. */
    static double trueTurn(double azimuth) {
        double a = ((azimuth % 180) + 180) % 180;
        return a <= 90 ? a : 180 - a;
    }
}
