package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Pose;
import dev.formcheck.synthetic.BodyPose;
import dev.formcheck.synthetic.Camera;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.Joint;
import dev.formcheck.synthetic.Vec3;
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
    void theHandsHeightIsTheLowerWristAboveTheAnklesInShinLengthsAsAnAngle() {
        // shin 100 px (knee 400, ankle 500); wrists at 480 (near the floor) and 300 (at the chest)
        TestPoses legs = TestPoses.at(0).put(BodyPart.LEFT_KNEE, 300, 400).put(BodyPart.LEFT_ANKLE, 300, 500);
        Pose crouch = legs.put(BodyPart.LEFT_WRIST, 350, 480).put(BodyPart.RIGHT_WRIST, 340, 300).build();
        assertThat(value(BodyAngleCalculator.handHeight(crouch, BodySide.LEFT)))
                .isCloseTo(Math.toDegrees(Math.asin(0.2)), within(EXACT));
        Pose squat = TestPoses.at(0).put(BodyPart.LEFT_KNEE, 300, 400).put(BodyPart.LEFT_ANKLE, 300, 500)
                .put(BodyPart.LEFT_WRIST, 350, 300).put(BodyPart.RIGHT_WRIST, 340, 320).build();
        assertThat(value(BodyAngleCalculator.handHeight(squat, BodySide.LEFT))).as("at or above the knees").isEqualTo(90);
        Pose noHands = TestPoses.withScore(squat, 0.1, BodyPart.LEFT_WRIST, BodyPart.RIGHT_WRIST);
        assertThat(BodyAngleCalculator.handHeight(noHands, BodySide.LEFT).whyMissing()).hasValue("I can't see your wrists");
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

    // thigh inclination (what SHALLOW_DEPTH judges) and the body's incline (what a plank's incline thresholds assume)

    /**
     * Our body's shank is 0.4% longer than its thigh (Winter: 0.246 against 0.245 of height), and
     * near 90 the arc sine turns that into about 5 degrees: a straight leg reads 85-90. Near
     * parallel, where depth is judged, the same ratio error moves the reading by hundredths of a degree.
     */
    static final double STANDING_THIGH_FLOOR = 84;
    /**
     * A front view's below-parallel reading: the knee, nearer the camera than the hip, is drawn a
     * little larger, so the drop reads a few degrees deeper than it is (measured -18.6 for a true
     * -15 at 2.4 m with the camera at hip height).
     */
    static final double FRONT_PERSPECTIVE_TOLERANCE = 4;

    @Test
    void standingTheThighPointsStraightDownAndTheBodyIsUpright() {
        BodyAngles a = BodyAngleCalculator.compute(TestPoses.standingSideOnFacingRight(0), BodySide.LEFT, RIGHT, SIDE);
        assertThat(value(a.thighInclination())).isCloseTo(90, within(EXACT));
        assertThat(value(a.bodyIncline())).isCloseTo(90, within(EXACT));
    }

    @ParameterizedTest(name = "knee {0} px below the hip reads {1}")
    @CsvSource({"0, 0", "42.5, 30", "-42.5, -30", "85, 90", "-85, -90"})
    void theThighsInclinationIsItsDropOverItsLength(double kneeDrop, double expected) {
        // the thigh is 85 px long; the shin, 85 px too, stands vertical below the knee
        double run = Math.sqrt(85 * 85 - kneeDrop * kneeDrop);
        Pose pose = TestPoses.at(0)
                .put(BodyPart.LEFT_HIP, 300, 300).put(BodyPart.LEFT_KNEE, 300 + run, 300 + kneeDrop)
                .put(BodyPart.LEFT_ANKLE, 300 + run, 385 + kneeDrop).build();
        assertThat(value(BodyAngleCalculator.compute(pose, BodySide.LEFT, RIGHT, SIDE).thighInclination())).isCloseTo(expected, within(1e-6));
    }

    @Test
    void aForeshortenedThighIsMeasuredAgainstTheShinsLength() {
        // from the front at parallel-ish: the thigh shows 20 px across and 30 px down, the shin 90 px
        Pose pose = TestPoses.at(0)
                .put(BodyPart.LEFT_HIP, 300, 300).put(BodyPart.LEFT_KNEE, 320, 330).put(BodyPart.LEFT_ANKLE, 320, 420).build();
        double thighOnly = Math.toDegrees(Math.asin(30 / Math.hypot(20, 30)));
        double againstShin = Math.toDegrees(Math.asin(30.0 / 90));
        BodyAngles a = BodyAngleCalculator.compute(pose, BodySide.LEFT, RIGHT, FRONT);
        assertThat(value(a.thighInclination())).isCloseTo(againstShin, within(EXACT)).isLessThan(thighOnly - 30);
    }

    @Test
    void fromTheFrontBothThighsAreAveragedAndWithoutAnAnkleTheThighIsNotTrusted() {
        TestPoses p = TestPoses.at(0)
                .put(BodyPart.LEFT_HIP, 280, 300).put(BodyPart.LEFT_KNEE, 260, 300).put(BodyPart.LEFT_ANKLE, 260, 390)
                .put(BodyPart.RIGHT_HIP, 320, 300).put(BodyPart.RIGHT_KNEE, 340, 345).put(BodyPart.RIGHT_ANKLE, 340, 435);
        Pose pose = p.build();
        double right = Math.toDegrees(Math.asin(45.0 / 90));
        assertThat(value(BodyAngleCalculator.compute(pose, BodySide.LEFT, RIGHT, FRONT).thighInclination()))
                .isCloseTo((0 + right) / 2, within(EXACT));
        assertThat(value(BodyAngleCalculator.compute(pose, BodySide.LEFT, RIGHT, SIDE).thighInclination()))
                .as("side-on only the near leg").isCloseTo(0, within(EXACT));

        Pose noRightAnkle = TestPoses.withScore(pose, 0.1, BodyPart.RIGHT_ANKLE);
        assertThat(value(BodyAngleCalculator.compute(noRightAnkle, BodySide.RIGHT, RIGHT, FRONT).thighInclination()))
                .as("the leg that can be measured").isCloseTo(0, within(EXACT));
        Pose noAnkles = TestPoses.withScore(noRightAnkle, 0.1, BodyPart.LEFT_ANKLE);
        assertThat(BodyAngleCalculator.compute(noAnkles, BodySide.LEFT, RIGHT, FRONT).thighInclination().whyMissing())
                .hasValue("I can't see your ankles");
        assertThat(BodyAngleCalculator.compute(noAnkles, BodySide.LEFT, RIGHT, SIDE).thighInclination().isPresent())
                .as("side-on the thigh shows its own length").isTrue();
        assertThat(BodyAngleCalculator.compute(TestPoses.withScore(pose, 0.1, BodyPart.LEFT_KNEE), BodySide.LEFT, RIGHT, SIDE)
                .thighInclination().whyMissing()).hasValue("I can't see your knees");
    }

    @Test
    void theThighsInclinationNeedsNoFacing() {
        BodyAngles a = BodyAngleCalculator.compute(TestPoses.standingSideOnFacingRight(0), BodySide.LEFT, Optional.empty(), SIDE);
        assertThat(a.thighInclination().isPresent()).isTrue();
        assertThat(a.bodyIncline().isPresent()).isTrue();
    }

    /** The synthetic body squatting, seen level side-on from either side: the thigh's angle to the floor comes back. */
    @ParameterizedTest(name = "camera azimuth {0}")
    @ValueSource(doubles = {90, 270})
    void aSideOnSquatsThighReadsItsAngleBelowTheHorizontal(double azimuth) {
        Camera camera = SyntheticPoses.SIDE.withAzimuth(azimuth).withElevation(0);
        BodySide near = azimuth == 90 ? BodySide.RIGHT : BodySide.LEFT;
        for (double thighFromVertical : new double[] {45, 80, 90, 100, 110}) {
            Pose pose = SyntheticPoses.projected(SyntheticPoses.squat(thighFromVertical, 30, 40), camera, 0, 0.9);
            BodyAngles a = BodyAngleCalculator.compute(pose, near, Optional.empty(), SIDE);
            assertThat(value(a.thighInclination())).as("thigh %s from vertical", thighFromVertical)
                    .isCloseTo(90 - thighFromVertical, within(SYNTHETIC_TOLERANCE));
        }
        Pose standing = SyntheticPoses.projected(SyntheticPoses.standing(), camera, 0, 0.9);
        assertThat(value(BodyAngleCalculator.compute(standing, near, Optional.empty(), SIDE).thighInclination()))
                .isBetween(STANDING_THIGH_FLOOR, 90.0);
    }

    /**
     * From the front (and from behind), with a level camera at the height of the hips at the
     * bottom: parallel reads parallel, deeper reads deeper, whichever way the shins lean.
     */
    @ParameterizedTest(name = "camera azimuth {0}")
    @ValueSource(doubles = {0, 180})
    void aFrontViewSquatAtParallelReadsParallel(double azimuth) {
        for (double[] c : new double[][] {{90, 0}, {105, -15}}) {
            BodyPose body = SyntheticPoses.squat(c[0], 30, 40);
            Pose pose = SyntheticPoses.projected(body, frontCameraAtHipHeight(body, azimuth), 0, 0.9);
            ViewEstimate view = ViewDetector.detect(pose);
            assertThat(view.view()).isEqualTo(CameraView.FRONT);
            assertThat(value(BodyAngleCalculator.compute(pose, BodySide.LEFT, Optional.empty(), view).thighInclination()))
                    .as("thigh %s from vertical", c[0]).isCloseTo(c[1], within(c[1] == 0 ? SYNTHETIC_TOLERANCE : FRONT_PERSPECTIVE_TOLERANCE));
        }
    }

    /**
     * The limit of a front view: a camera whose eye is above the hips draws the nearer knee lower
     * than the hip at the same height, so a squat at parallel reads above parallel (the default
     * tripod, 0.85 m high at 2.4 m, hips at 0.44 m: +14 level, +19 tilted down 3 degrees), and
     * from behind below it. Side-on it does not arise (hip and knee are at one depth).
     */
    @Test
    void fromTheFrontACameraAboveTheHipsReadsParallelAsShallower() {
        BodyPose body = SyntheticPoses.squat(90, 30, 40);
        Pose front = SyntheticPoses.projected(body, SyntheticPoses.SIDE.withAzimuth(0).withElevation(0), 0, 0.9);
        Pose behind = SyntheticPoses.projected(body, SyntheticPoses.SIDE.withAzimuth(180).withElevation(0), 0, 0.9);
        assertThat(value(BodyAngleCalculator.compute(front, BodySide.LEFT, Optional.empty(), FRONT).thighInclination())).isBetween(10.0, 20.0);
        assertThat(value(BodyAngleCalculator.compute(behind, BodySide.LEFT, Optional.empty(), FRONT).thighInclination())).isBetween(-15.0, -5.0);
    }

    private static Camera frontCameraAtHipHeight(BodyPose body, double azimuth) {
        double hipHeight = ForwardKinematics.solve(SyntheticPoses.BODY, body).point(BodyPart.LEFT_HIP).y();
        return SyntheticPoses.SIDE.withAzimuth(azimuth).withElevation(0).withTarget(new Vec3(0.05, hipHeight, 0));
    }

    @ParameterizedTest(name = "incline {0} at azimuth {1}")
    @CsvSource({"0, 90", "12, 90", "12, 270", "25, 90", "25, 270"})
    void aPlanksBodyInclineIsItsShoulderToAnkleLineAgainstTheFloor(double incline, double azimuth) {
        Camera camera = SyntheticPoses.SIDE.withAzimuth(azimuth).withElevation(0);
        BodySide near = azimuth == 90 ? BodySide.RIGHT : BodySide.LEFT;
        Pose pose = SyntheticPoses.projected(SyntheticPoses.inclinedPlank(incline), camera, 0, 0.9);
        BodyAngles a = BodyAngleCalculator.compute(pose, near, Optional.empty(), SIDE);
        assertThat(value(a.bodyIncline())).isCloseTo(incline, within(SYNTHETIC_TOLERANCE));
    }

    @Test
    void theBodysInclineIsUnsignedAndNeedsASideOnView() {
        Pose headDown = TestPoses.at(0).put(BodyPart.LEFT_SHOULDER, 100, 300).put(BodyPart.LEFT_ANKLE, 300, 200).build();
        Pose headUp = TestPoses.at(0).put(BodyPart.LEFT_SHOULDER, 500, 200).put(BodyPart.LEFT_ANKLE, 300, 300).build();
        double expected = Math.toDegrees(Math.atan2(100, 200));
        assertThat(value(BodyAngleCalculator.compute(headDown, BodySide.LEFT, RIGHT, SIDE).bodyIncline())).isCloseTo(expected, within(EXACT));
        assertThat(value(BodyAngleCalculator.compute(headUp, BodySide.LEFT, RIGHT, SIDE).bodyIncline())).isCloseTo(expected, within(EXACT));
        assertThat(BodyAngleCalculator.compute(headUp, BodySide.LEFT, RIGHT, FRONT).bodyIncline().whyMissing())
                .hasValue("Turn side-on so I can see your back");
        assertThat(BodyAngleCalculator.compute(headUp, BodySide.RIGHT, RIGHT, SIDE).bodyIncline().whyMissing())
                .hasValue("I can't see your shoulders or ankles");
    }
}
