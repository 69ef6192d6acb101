package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Exact angles on hand-made keypoints, and every sign convention, in image coordinates (y down). */
class AnglesTest {
    static final double EXACT = 1e-9;

    static Keypoint k(double x, double y) {
        return new Keypoint(BodyPart.NOSE, x, y, 1);
    }

    @Test
    void interiorAngleOfARightAngleIsNinety() {
        assertThat(Angles.interiorAngle(k(0, 0), k(0, 100), k(100, 100))).isCloseTo(90, within(EXACT));
    }

    @Test
    void interiorAngleOfAStraightLineIsOneEightyAndOfAFoldIsZero() {
        assertThat(Angles.interiorAngle(k(0, 0), k(0, 100), k(0, 200))).isCloseTo(180, within(EXACT));
        assertThat(Angles.interiorAngle(k(0, 0), k(0, 100), k(0, 50))).isCloseTo(0, within(EXACT));
    }

    @Test
    void aChainWithTwoPointsOnTheSamePixelHasNoAngle() {
        assertThat(Angles.interiorAngle(k(5, 5), k(5, 5), k(0, 200))).isNaN();
        assertThat(Angles.angleOnFront(k(5, 5), k(5, 5), k(0, 200), Facing.RIGHT)).isNaN();
        assertThat(Angles.unsignedInclination(k(5, 5), k(5, 5))).isNaN();
    }

    @Test
    void trunkUprightIsZeroAndLeaningTowardsTheFaceIsPositive() {
        Keypoint hip = k(100, 200);
        assertThat(Angles.inclinationFromVertical(hip, k(100, 100), Facing.RIGHT)).isCloseTo(0, within(EXACT));
        // shoulder up and to the right: forward for a person facing right, backward for one facing left
        assertThat(Angles.inclinationFromVertical(hip, k(150, 150), Facing.RIGHT)).isCloseTo(45, within(EXACT));
        assertThat(Angles.inclinationFromVertical(hip, k(150, 150), Facing.LEFT)).isCloseTo(-45, within(EXACT));
        assertThat(Angles.unsignedInclination(hip, k(150, 150))).isCloseTo(45, within(EXACT));
    }

    @Test
    void lyingFaceDownIsPlusNinetyAndOnTheBackMinusNinety() {
        // prone, head at the right: faces RIGHT in the rotation sense (the front points down)
        assertThat(Angles.inclinationFromVertical(k(100, 300), k(250, 300), Facing.RIGHT)).isCloseTo(90, within(EXACT));
        // supine, head at the left: the front points up, clockwise of the hip->shoulder direction
        assertThat(Angles.inclinationFromVertical(k(300, 300), k(150, 300), Facing.RIGHT)).isCloseTo(-90, within(EXACT));
    }

    @Test
    void hipFlexedFortyFiveDegreesIsOneThirtyFiveOnTheFrontAndTheMirrorIsExtension() {
        Keypoint shoulder = k(100, 100);
        Keypoint hip = k(100, 200);
        Keypoint kneeForward = k(150, 250);
        assertThat(Angles.angleOnFront(shoulder, hip, kneeForward, Facing.RIGHT)).isCloseTo(135, within(EXACT));
        // the same thigh behind a person facing left: hip extended 45
        assertThat(Angles.angleOnFront(shoulder, hip, kneeForward, Facing.LEFT)).isCloseTo(225, within(EXACT));
    }

    @Test
    void kneeBentFortyFiveDegreesIsOneThirtyFiveOnTheBackOfTheLeg() {
        Keypoint hip = k(100, 200);
        Keypoint knee = k(100, 300);
        Keypoint ankleBehind = k(50, 350);
        assertThat(Angles.angleOnBack(hip, knee, ankleBehind, Facing.RIGHT)).isCloseTo(135, within(EXACT));
        assertThat(Angles.angleOnBack(hip, knee, k(100, 400), Facing.RIGHT)).isCloseTo(180, within(EXACT));
        // the ankle in front of the knee line: hyperextended, over 180
        assertThat(Angles.angleOnBack(hip, knee, k(110, 400), Facing.RIGHT)).isGreaterThan(180);
    }

    @Test
    void plankBodyLineIsOverOneEightyWhenTheHipsSagAndUnderWhenTheyPike() {
        double bend = 2 * Math.toDegrees(Math.atan(30.0 / 150));
        Keypoint shoulder = k(400, 100);
        Keypoint ankle = k(100, 100);
        // prone, head at the right (facing RIGHT): hips 30 px below the shoulder-ankle line sag
        assertThat(Angles.angleOnFront(shoulder, k(250, 130), ankle, Facing.RIGHT)).isCloseTo(180 + bend, within(EXACT));
        assertThat(Angles.angleOnFront(shoulder, k(250, 70), ankle, Facing.RIGHT)).isCloseTo(180 - bend, within(EXACT));
        assertThat(Angles.angleOnFront(shoulder, k(250, 100), ankle, Facing.RIGHT)).isCloseTo(180, within(EXACT));
        // prone the other way round (head at the left, facing LEFT): still sag over 180
        assertThat(Angles.angleOnFront(ankle, k(250, 130), shoulder, Facing.LEFT)).isCloseTo(180 + bend, within(EXACT));
    }

    @Test
    void headForwardOfTheTrunkLineDropsTheHeadLineBelowOneEighty() {
        Keypoint shoulder = k(100, 100);
        Keypoint hip = k(100, 200);
        double forward = Math.toDegrees(Math.atan(10.0 / 50));
        assertThat(Angles.angleOnFront(k(110, 50), shoulder, hip, Facing.RIGHT)).isCloseTo(180 - forward, within(EXACT));
        assertThat(Angles.angleOnFront(k(90, 50), shoulder, hip, Facing.RIGHT)).isCloseTo(180 + forward, within(EXACT));
    }

    @Test
    void symmetryIsLeftMinusRight() {
        assertThat(Angles.difference(170, 150)).isEqualTo(20);
        assertThat(Angles.difference(150, 170)).isEqualTo(-20);
    }
}
