package dev.formcheck.synthetic;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ForwardKinematicsTest {
    /** Arithmetic only: lengths and angles must come back to rounding error. */
    static final double EXACT_M = 1e-9;
    static final double EXACT_DEG = 1e-6;

    static final Anthropometry BODY = new Anthropometry(1.70);
    private static final Random RANDOM = new Random(7);

    @RepeatedTest(20)
    void segmentLengthsAreTheSameInEveryPose() {
        Skeleton s = ForwardKinematics.solve(BODY, randomPose());
        for (Side side : Side.values()) {
            assertThat(distance(s, Landmark.RIGHT_HIP.on(side), Landmark.RIGHT_KNEE.on(side))).isCloseTo(BODY.thigh(), within(EXACT_M));
            assertThat(distance(s, Landmark.RIGHT_KNEE.on(side), Landmark.RIGHT_ANKLE.on(side))).isCloseTo(BODY.shank(), within(EXACT_M));
            assertThat(distance(s, Landmark.RIGHT_SHOULDER.on(side), Landmark.RIGHT_ELBOW.on(side)))
                    .isCloseTo(BODY.upperArm(), within(EXACT_M));
            assertThat(distance(s, Landmark.RIGHT_ELBOW.on(side), Landmark.RIGHT_WRIST.on(side))).isCloseTo(BODY.forearm(), within(EXACT_M));
            assertThat(distance(s, Landmark.RIGHT_HEEL.on(side), Landmark.RIGHT_TOE.on(side))).isCloseTo(BODY.footLength(), within(EXACT_M));
        }
        assertThat(distance(s, Landmark.LEFT_HIP, Landmark.RIGHT_HIP)).isCloseTo(BODY.hipJointSpacing(), within(EXACT_M));
        assertThat(distance(s, Landmark.LEFT_SHOULDER, Landmark.RIGHT_SHOULDER))
                .isCloseTo(BODY.shoulderJointSpacing(), within(EXACT_M));
        assertThat(distance(s, Landmark.LUMBOSACRAL, Landmark.THORACOLUMBAR)).isCloseTo(BODY.lumbarSegment(), within(EXACT_M));
        assertThat(distance(s, Landmark.THORACOLUMBAR, Landmark.NECK_BASE)).isCloseTo(BODY.thoracicSegment(), within(EXACT_M));
    }

    @RepeatedTest(20)
    void theKneeAndElbowAnglesMeasuredFromThe3dPointsAreTheJointAngles() {
        // a knee in valgus bends out of the flexion's plane, so its 3D angle is more than the flexion alone
        BodyPose pose = randomPose().withBothSides(Joint.LEFT_KNEE_VALGUS, 0);
        Skeleton s = ForwardKinematics.solve(BODY, pose);
        for (Side side : Side.values()) {
            double knee = 180 - Geometry.angleAt(s.point(Landmark.RIGHT_HIP.on(side)), s.point(Landmark.RIGHT_KNEE.on(side)),
                    s.point(Landmark.RIGHT_ANKLE.on(side)));
            assertThat(knee).isCloseTo(Math.abs(pose.angle(Joint.RIGHT_KNEE_FLEXION.on(side))), within(EXACT_DEG));
            double elbow = 180 - Geometry.angleAt(s.point(Landmark.RIGHT_SHOULDER.on(side)),
                    s.point(Landmark.RIGHT_ELBOW.on(side)), s.point(Landmark.RIGHT_WRIST.on(side)));
            assertThat(elbow).isCloseTo(Math.abs(pose.angle(Joint.RIGHT_ELBOW_FLEXION.on(side))), within(EXACT_DEG));
        }
    }

    /**
     * Seen exactly from the side (no elevation), the legs move in planes parallel to the image, so
     * the projection is a similarity and keeps angles: the 2D knee angle is the joint angle.
     */
    @ParameterizedTest
    @EnumSource(Side.class)
    void theKneeAngleMeasuredInAnExactSideViewIsTheJointAngle(Side side) {
        Camera camera = new Camera(90, 0, 3, new Vec3(0, 0.8, 0), 50, 640, 480);
        for (double knee : new double[] {0, 35, 90, 128}) {
            BodyPose pose = ForwardKinematics.standing(BODY)
                    .with(Joint.RIGHT_HIP_FLEXION.on(side), 70)
                    .with(Joint.RIGHT_KNEE_FLEXION.on(side), knee)
                    .with(Joint.PELVIS_TILT, 20);
            Skeleton s = ForwardKinematics.solve(BODY, pose);
            double measured = 180 - Geometry.angleAt(camera.project(s.point(Landmark.RIGHT_HIP.on(side))),
                    camera.project(s.point(Landmark.RIGHT_KNEE.on(side))),
                    camera.project(s.point(Landmark.RIGHT_ANKLE.on(side))));
            assertThat(measured).as("%s knee at %s degrees", side, knee).isCloseTo(knee, within(EXACT_DEG));
        }
    }

    @RepeatedTest(10)
    void aMirroredPoseIsTheMirrorImageWithSidesSwapped() {
        BodyPose pose = randomPose();
        Skeleton original = ForwardKinematics.solve(BODY, pose);
        Skeleton mirrored = ForwardKinematics.solve(BODY, pose.mirrored());
        for (Landmark l : Landmark.values()) {
            Vec3 expected = original.point(l.mirror()).mirrored();
            Vec3 actual = mirrored.point(l);
            assertThat(actual.distanceTo(expected)).as(l.name()).isLessThan(EXACT_M);
        }
    }

    @Test
    void standingStraightPutsTheJointsAtWintersHeightsAndTheSolesOnTheFloor() {
        Skeleton s = ForwardKinematics.solve(BODY, ForwardKinematics.standing(BODY));
        double h = BODY.height();
        assertThat(s.point(Landmark.RIGHT_ANKLE).y()).isCloseTo(0.039 * h, within(EXACT_M));
        assertThat(s.point(Landmark.RIGHT_KNEE).y()).isCloseTo(0.285 * h, within(EXACT_M));
        assertThat(s.point(Landmark.RIGHT_HIP).y()).isCloseTo(0.530 * h, within(EXACT_M));
        assertThat(s.point(Landmark.RIGHT_SHOULDER).y()).isCloseTo(0.818 * h, within(EXACT_M));
        assertThat(s.point(Landmark.RIGHT_EYE).y()).isCloseTo(0.936 * h, within(EXACT_M));
        assertThat(s.point(Landmark.RIGHT_HEEL).y()).isCloseTo(0, within(EXACT_M));
        assertThat(s.point(Landmark.RIGHT_TOE).y()).isCloseTo(0, within(EXACT_M));
        double top = s.point(Landmark.HEAD_CENTRE).y() + BODY.headRadii().y();
        assertThat(top).isCloseTo(h, within(EXACT_M));
        // The body faces +x: the nose is in front of the ears, the toes in front of the heels.
        assertThat(s.point(Landmark.NOSE).x()).isGreaterThan(s.point(Landmark.RIGHT_EAR).x());
        assertThat(s.point(Landmark.RIGHT_TOE).x()).isGreaterThan(s.point(Landmark.RIGHT_HEEL).x());
        assertThat(s.point(Landmark.RIGHT_HIP).z()).isPositive();
    }

    @Test
    void jointsTurnTheWayTheirNamesSay() {
        BodyPose standing = ForwardKinematics.standing(BODY);
        Skeleton hipFlexed = ForwardKinematics.solve(BODY, standing.with(Joint.RIGHT_HIP_FLEXION, 90));
        Vec3 hip = hipFlexed.point(Landmark.RIGHT_HIP);
        Vec3 knee = hipFlexed.point(Landmark.RIGHT_KNEE);
        assertThat(knee.x() - hip.x()).as("hip flexion brings the thigh forward").isCloseTo(BODY.thigh(), within(EXACT_M));
        assertThat(knee.y()).isCloseTo(hip.y(), within(EXACT_M));

        Skeleton kneeFlexed = ForwardKinematics.solve(BODY, standing.with(Joint.RIGHT_KNEE_FLEXION, 90));
        assertThat(kneeFlexed.point(Landmark.RIGHT_ANKLE).x()).as("knee flexion swings the shank back")
                .isCloseTo(kneeFlexed.point(Landmark.RIGHT_KNEE).x() - BODY.shank(), within(EXACT_M));

        Skeleton abducted = ForwardKinematics.solve(BODY, standing.withBothSides(Joint.RIGHT_HIP_ABDUCTION, 30));
        assertThat(abducted.point(Landmark.RIGHT_KNEE).z()).as("abduction moves the right leg to the right")
                .isGreaterThan(abducted.point(Landmark.RIGHT_HIP).z());
        assertThat(abducted.point(Landmark.LEFT_KNEE).z()).isLessThan(abducted.point(Landmark.LEFT_HIP).z());

        Skeleton flexedSpine = ForwardKinematics.solve(BODY, standing.with(Joint.LUMBAR_FLEXION, 30));
        assertThat(flexedSpine.point(Landmark.NECK_BASE).x()).as("lumbar flexion bends the trunk forward").isPositive();
        Skeleton arched = ForwardKinematics.solve(BODY, standing.with(Joint.LUMBAR_FLEXION, -20));
        assertThat(arched.point(Landmark.NECK_BASE).x()).as("lumbar extension arches it back").isNegative();
        assertThat(arched.point(Landmark.LUMBOSACRAL).x()).as("the lumbar joint stays on the pelvis").isCloseTo(0, within(EXACT_M));

        Skeleton armsUp = ForwardKinematics.solve(BODY, standing.with(Joint.RIGHT_SHOULDER_FLEXION, 90));
        assertThat(armsUp.point(Landmark.RIGHT_WRIST).x() - armsUp.point(Landmark.RIGHT_SHOULDER).x())
                .as("shoulder flexion raises the arm forward").isCloseTo(BODY.upperArm() + BODY.forearm(), within(EXACT_M));

        Skeleton turned = ForwardKinematics.solve(BODY, standing.withRoot(new Root(standing.root().position(), 90, 0, 0)));
        assertThat(turned.point(Landmark.RIGHT_TOE).z()).as("yaw 90 faces -z").isLessThan(turned.point(Landmark.RIGHT_HEEL).z());

        Skeleton plank = ForwardKinematics.solve(BODY, standing.withRoot(new Root(standing.root().position(), 0, 90, 0)));
        assertThat(plank.point(Landmark.NECK_BASE).y()).as("pitch 90 lies the body face down")
                .isCloseTo(plank.point(Landmark.PELVIS).y(), within(EXACT_M));
        assertThat(plank.point(Landmark.NOSE).y()).isLessThan(plank.point(Landmark.HEAD_CENTRE).y());
    }

    @Test
    void placingMovesOnlyTheRoot() {
        BodyPose pose = randomPose();
        Vec3 target = new Vec3(0.3, 0.1, -0.2);
        BodyPose placed = ForwardKinematics.placeMidpoint(BODY, pose, Landmark.LEFT_ANKLE, Landmark.RIGHT_ANKLE, target);
        Skeleton s = ForwardKinematics.solve(BODY, placed);
        assertThat(s.point(Landmark.LEFT_ANKLE).lerp(s.point(Landmark.RIGHT_ANKLE), 0.5).distanceTo(target)).isLessThan(EXACT_M);
        assertThat(placed.angles()).isEqualTo(pose.angles());
        assertThat(ForwardKinematics.solve(BODY, ForwardKinematics.onFloor(BODY, pose)).lowestY()).isCloseTo(0, within(EXACT_M));
    }

    @Test
    void interpolationStartsAtOnePoseEndsAtTheOtherAndMovesEveryAngleLinearly() {
        BodyPose a = randomPose();
        BodyPose b = randomPose();
        assertThat(a.interpolate(b, 0)).isEqualTo(a);
        assertThat(a.interpolate(b, 1)).isEqualTo(b);
        BodyPose mid = a.interpolate(b, 0.25);
        for (Joint j : Joint.values()) {
            assertThat(mid.angle(j)).isCloseTo(a.angle(j) + 0.25 * (b.angle(j) - a.angle(j)), within(EXACT_DEG));
        }
        BodyPose turnA = a.withRoot(new Root(Vec3.ZERO, 170, 0, 0));
        BodyPose turnB = a.withRoot(new Root(Vec3.ZERO, -170, 0, 0));
        assertThat(turnA.interpolate(turnB, 0.5).root().yawDegrees()).as("the short way round").isCloseTo(-180, within(EXACT_DEG));
    }

    @Test
    void anAngleOutsideItsLimitsIsRefusedWithItsRange() {
        BodyPose standing = ForwardKinematics.standing(BODY);
        assertThatThrownBy(() -> standing.with(Joint.LEFT_KNEE_FLEXION, -40))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("left_knee_flexion must be -10.0..165.0 degrees, not -40.0");
        assertThatThrownBy(() -> standing.with(Joint.LUMBAR_FLEXION, Double.NaN))
                .hasMessageStartingWith("lumbar_flexion must be");
    }

    @Test
    void everyLimbJointHasAMirrorOnTheOtherSideAndTheSpineIsItsOwn() {
        for (Joint j : Joint.values()) {
            assertThat(j.mirror().mirror()).isEqualTo(j);
            assertThat(j.side().map(Side::opposite)).isEqualTo(j.mirror().side());
        }
        assertThat(Joint.NECK_FLEXION.mirror()).isEqualTo(Joint.NECK_FLEXION);
        assertThat(Joint.LEFT_ANKLE_DORSIFLEXION.on(Side.RIGHT)).isEqualTo(Joint.RIGHT_ANKLE_DORSIFLEXION);
    }

    /** Any pose within wide but ordinary ranges, abduction and a turned, tipped root included. */
    static BodyPose randomPose() {
        Map<Joint, Double> angles = new EnumMap<>(Joint.class);
        for (Joint j : Joint.values()) {
            double lo = Math.max(j.minDegrees(), -30);
            double hi = Math.min(j.maxDegrees(), 120);
            angles.put(j, lo + (hi - lo) * RANDOM.nextDouble());
        }
        Root root = new Root(new Vec3(RANDOM.nextGaussian(), 1 + RANDOM.nextDouble(), RANDOM.nextGaussian()),
                360 * RANDOM.nextDouble() - 180, 40 * RANDOM.nextDouble() - 20, 20 * RANDOM.nextDouble() - 10);
        return new BodyPose(root, angles);
    }

    private static double distance(Skeleton s, Landmark a, Landmark b) {
        return s.point(a).distanceTo(s.point(b));
    }
}
