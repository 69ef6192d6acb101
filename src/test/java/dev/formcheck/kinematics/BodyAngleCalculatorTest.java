package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Pose;
import dev.formcheck.synthetic.BodyPose;
import dev.formcheck.synthetic.Camera;
import dev.formcheck.synthetic.Joint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BodyAngleCalculatorTest {
    static final ViewEstimate SIDE = new ViewEstimate(CameraView.SIDE, 1, 85, 3);
    static final ViewEstimate FRONT = new ViewEstimate(CameraView.FRONT, 1, 5, 3);
    static final ViewEstimate OBLIQUE = new ViewEstimate(CameraView.OBLIQUE, 1, 45, 3);
    static final Optional<Facing> RIGHT = Optional.of(Facing.RIGHT);
    static final double EXACT = 1e-9;
    /**
     * Angles read from the synthetic body's true keypoints against the joint angles it was posed
     * with. The camera is level (elevation 0) and side-on, so the near side's sagittal plane is
     * parallel to the image and projects without distortion; what remains is that the shoulder
     * keypoint sits 0.4 cm ahead of the hip's vertical in our body (hip line 180.2° standing).
     */
    static final double SYNTHETIC_TOLERANCE = 0.5;

    static double value(Measurement m) {
        return m.valueIfPresent().orElseThrow(() -> new AssertionError("not measured: " + m));
    }

    @Test
    void aPersonStandingStraightSideOnIsStraightEverywhere() {
        BodyAngles a = BodyAngleCalculator.compute(TestPoses.standingSideOnFacingRight(0), BodySide.LEFT, RIGHT, SIDE);
        assertThat(value(a.trunkInclination())).isCloseTo(0, within(EXACT));
        assertThat(value(a.hip())).isCloseTo(180, within(EXACT));
        assertThat(value(a.knee())).isCloseTo(180, within(EXACT));
        assertThat(value(a.bodyLineToAnkle())).isCloseTo(180, within(EXACT));
        assertThat(value(a.bodyLineToKnee())).isCloseTo(180, within(EXACT));
        assertThat(value(a.headNeck())).isCloseTo(180, within(EXACT));
    }

    @Test
    void theNearSidesKeypointsAreTheOnesMeasured() {
        // the far (right) knee is bent 90 degrees; the near (left) one is straight
        Pose pose = TestPoses.at(0)
                .put(BodyPart.LEFT_HIP, 300, 300).put(BodyPart.LEFT_KNEE, 300, 400).put(BodyPart.LEFT_ANKLE, 300, 500)
                .put(BodyPart.RIGHT_HIP, 300, 300).put(BodyPart.RIGHT_KNEE, 300, 400).put(BodyPart.RIGHT_ANKLE, 200, 400)
                .put(BodyPart.LEFT_SHOULDER, 300, 200).put(BodyPart.RIGHT_SHOULDER, 300, 200).build();
        assertThat(value(BodyAngleCalculator.compute(pose, BodySide.LEFT, RIGHT, SIDE).knee())).isCloseTo(180, within(EXACT));
        assertThat(value(BodyAngleCalculator.compute(pose, BodySide.RIGHT, RIGHT, SIDE).knee())).isCloseTo(90, within(EXACT));
    }

    @Test
    void aHiddenHipGivesICantSeeYourHipsForEveryAngleThroughItAndLeavesTheElbows() {
        Pose pose = TestPoses.withScore(TestPoses.standingSideOnFacingRight(0), 0.2, BodyPart.LEFT_HIP);
        BodyAngles a = BodyAngleCalculator.compute(pose, BodySide.LEFT, RIGHT, SIDE);
        for (Measurement m : new Measurement[] {a.trunkInclination(), a.hip(), a.knee(), a.bodyLineToAnkle(), a.headNeck()}) {
            assertThat(m.whyMissing()).hasValue("I can't see your hips");
        }
        assertThat(a.leftElbow().isPresent()).isTrue();
    }

    @Test
    void fromTheFrontTheSagittalAnglesAskToTurnSideOnAndSymmetryIsMeasured() {
        Pose pose = TestPoses.standingSideOnFacingRight(0);
        BodyAngles a = BodyAngleCalculator.compute(pose, BodySide.LEFT, RIGHT, FRONT);
        for (Measurement m : new Measurement[] {a.trunkInclination(), a.hip(), a.knee(), a.bodyLineToAnkle(), a.headNeck()}) {
            assertThat(m).isInstanceOf(WrongView.class);
            assertThat(m.whyMissing()).hasValue("Turn side-on so I can see your back");
        }
        assertThat(value(a.kneeSymmetry())).isCloseTo(0, within(EXACT));
        assertThat(a.leftElbow().isPresent()).isTrue();
    }

    @Test
    void sideOnSymmetryAsksToFaceTheCamera() {
        BodyAngles a = BodyAngleCalculator.compute(TestPoses.standingSideOnFacingRight(0), BodySide.LEFT, RIGHT, SIDE);
        assertThat(a.kneeSymmetry().whyMissing()).hasValue("Face the camera so I can see both sides");
        assertThat(a.hipSymmetry()).isInstanceOf(WrongView.class);
        assertThat(a.elbowSymmetry()).isInstanceOf(WrongView.class);
    }

    @Test
    void anObliqueViewStillMeasuresTheSagittalAngles() {
        BodyAngles a = BodyAngleCalculator.compute(TestPoses.standingSideOnFacingRight(0), BodySide.LEFT, RIGHT, OBLIQUE);
        assertThat(a.hip().isPresent()).isTrue();
        assertThat(a.kneeSymmetry().isPresent()).isTrue();
    }

    @Test
    void withoutAFacingTheSignedAnglesSayWhyAndTheElbowsAreMeasured() {
        BodyAngles a = BodyAngleCalculator.compute(TestPoses.standingSideOnFacingRight(0), BodySide.LEFT, Optional.empty(), SIDE);
        assertThat(a.hip().whyMissing()).hasValue(BodyAngleCalculator.FACING_UNKNOWN_MESSAGE);
        assertThat(a.leftElbow().isPresent()).isTrue();
    }

    @Test
    void theHeadLineUsesTheFarEarWhenTheNearOneIsHidden() {
        Pose pose = TestPoses.withScore(TestPoses.standingSideOnFacingRight(0), 0.1, BodyPart.LEFT_EAR);
        assertThat(value(BodyAngleCalculator.compute(pose, BodySide.LEFT, RIGHT, SIDE).headNeck())).isCloseTo(180, within(EXACT));
        Pose noEars = TestPoses.withScore(pose, 0.1, BodyPart.RIGHT_EAR);
        assertThat(BodyAngleCalculator.compute(noEars, BodySide.LEFT, RIGHT, SIDE).headNeck().whyMissing()).hasValue("I can't see your head");
    }

    @Test
    void elbowsAreInteriorAnglesAndSymmetryIsLeftMinusRight() {
        Pose pose = TestPoses.at(0)
                .put(BodyPart.LEFT_SHOULDER, 100, 100).put(BodyPart.LEFT_ELBOW, 100, 200).put(BodyPart.LEFT_WRIST, 200, 200)
                .put(BodyPart.RIGHT_SHOULDER, 400, 100).put(BodyPart.RIGHT_ELBOW, 400, 200).put(BodyPart.RIGHT_WRIST, 400, 300)
                .build();
        BodyAngles a = BodyAngleCalculator.compute(pose, BodySide.LEFT, RIGHT, FRONT);
        assertThat(value(a.leftElbow())).isCloseTo(90, within(EXACT));
        assertThat(value(a.rightElbow())).isCloseTo(180, within(EXACT));
        assertThat(value(a.elbowSymmetry())).isCloseTo(-90, within(EXACT));
    }

    /** The synthetic body posed by joint angles, seen level from either side: the angles come back. */
    @ParameterizedTest(name = "camera azimuth {0}")
    @ValueSource(doubles = {90, 270})
    void theSyntheticBodysJointAnglesComeBackFromItsKeypointsFromEitherSide(double azimuth) {
        Camera camera = SyntheticPoses.SIDE.withAzimuth(azimuth).withElevation(0);
        BodySide near = azimuth == 90 ? BodySide.RIGHT : BodySide.LEFT;
        for (double[] c : new double[][] {{0, 0}, {30, 20}, {60, 10}, {45, 60}}) {
            double tilt = c[0];
            double knees = c[1];
            BodyPose body = SyntheticPoses.hinge(tilt, knees, 0, 0, 0);
            Pose pose = SyntheticPoses.projected(body, camera, 0, 0.9);
            Optional<Facing> facing = FacingDetector.detect(pose, near);
            BodyAngles a = BodyAngleCalculator.compute(pose, near, facing, SIDE);
            double hipFlexion = body.angle(Joint.RIGHT_HIP_FLEXION); // the thigh against the pelvis
            assertThat(value(a.knee())).as("knee at %s", java.util.Arrays.toString(c)).isCloseTo(180 - knees, within(SYNTHETIC_TOLERANCE));
            assertThat(value(a.trunkInclination())).as("trunk").isCloseTo(tilt, within(SYNTHETIC_TOLERANCE));
            assertThat(value(a.hip())).as("hip").isCloseTo(180 - hipFlexion, within(SYNTHETIC_TOLERANCE));
        }
    }

    @ParameterizedTest(name = "pike {0} at azimuth {1}")
    @CsvSource({"15, 90", "15, 270", "-15, 90", "-15, 270", "0, 90"})
    void aPlanksBodyLineIsBelowOneEightyPikedAndAboveSagging(double pike, double azimuth) {
        Camera camera = SyntheticPoses.SIDE.withAzimuth(azimuth).withElevation(0);
        BodySide near = azimuth == 90 ? BodySide.RIGHT : BodySide.LEFT;
        Pose pose = SyntheticPoses.projected(SyntheticPoses.plank(pike), camera, 0, 0.9);
        BodyAngles a = BodyAngleCalculator.compute(pose, near, FacingDetector.detect(pose, near), SIDE);
        assertThat(value(a.bodyLineToAnkle())).isCloseTo(180 - pike, within(SYNTHETIC_TOLERANCE + 0.5));
        assertThat(value(a.trunkInclination())).as("the body pitched 90 - pike").isCloseTo(90 - pike, within(SYNTHETIC_TOLERANCE + 0.5));
    }
}
