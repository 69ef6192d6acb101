package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The body's line across the frame seen from the front (a side plank facing the camera): hand-made
 * poses lying sideways, head to the left, with the body's proportions (shoulders 0.63 and hips 0.36
 * of the torso's length across, as {@link ViewDetector} takes them facing the camera).
 */
class FrontalBodyLineTest {
    private static final double TORSO = 150;

    /**
     * Resting on {@code down}'s forearm: that shoulder and hip lower in the image. The hips'
     * midpoint {@code hipDrop} pixels below the straight line from the shoulders to the ankles.
     */
    private static Pose sidePlank(BodySide down, double hipDrop) {
        double shoulderY = 270;
        double ankleY = 370;
        double shoulderX = 150;
        double hipX = shoulderX + TORSO;
        double ankleX = 560;
        double lineAtHip = shoulderY + (ankleY - shoulderY) * (hipX - shoulderX) / (ankleX - shoulderX);
        double hipY = lineAtHip + hipDrop;
        double s = 0.63 * TORSO / 2;
        double h = 0.36 * TORSO / 2;
        double a = 10;
        int sign = down == BodySide.LEFT ? 1 : -1;
        return TestPoses.at(0)
                .put(BodyPart.LEFT_SHOULDER, shoulderX, shoulderY + sign * s)
                .put(BodyPart.RIGHT_SHOULDER, shoulderX, shoulderY - sign * s)
                .put(BodyPart.LEFT_HIP, hipX, hipY + sign * h)
                .put(BodyPart.RIGHT_HIP, hipX, hipY - sign * h)
                .put(BodyPart.LEFT_ANKLE, ankleX, ankleY + sign * a)
                .put(BodyPart.RIGHT_ANKLE, ankleX, ankleY - sign * a)
                .build();
    }

    private static final ViewEstimate FRONT = new ViewEstimate(CameraView.FRONT, 1, 0, 3);

    @Test
    void aStraightSidePlankReadsStraightAndTheLowerShoulderIsTheSideItRestsOn() {
        FrontalBodyLine left = FrontalBodyLine.measure(sidePlank(BodySide.LEFT, 0), FRONT);
        FrontalBodyLine right = FrontalBodyLine.measure(sidePlank(BodySide.RIGHT, 0), FRONT);

        assertThat(left.angle().valueIfPresent().getAsDouble()).isCloseTo(180, within(0.01));
        assertThat(left.sideDown()).contains(BodySide.LEFT);
        assertThat(right.sideDown()).contains(BodySide.RIGHT);
    }

    @Test
    void hipsBelowTheLineReadAbove180AndHipsAboveItBelow() {
        double sag = FrontalBodyLine.measure(sidePlank(BodySide.LEFT, 40), FRONT).angle().valueIfPresent().getAsDouble();
        double pike = FrontalBodyLine.measure(sidePlank(BodySide.LEFT, -40), FRONT).angle().valueIfPresent().getAsDouble();

        // 40 px off the line 150 px along the torso and 260 px along the legs: about 14 + 8 deg of bend.
        assertThat(sag).isCloseTo(180 + 22.4, within(1.0));
        assertThat(pike).isCloseTo(180 - 22.4, within(1.0));
    }

    @Test
    void theDetectorSeesTheSidePlankFromTheFrontAndASideViewIsRefused() {
        Pose pose = sidePlank(BodySide.LEFT, 0);

        assertThat(ViewDetector.detect(pose).view()).isNotEqualTo(CameraView.SIDE);
        assertThat(FrontalBodyLine.measure(pose, new ViewEstimate(CameraView.SIDE, 1, 90, 3)).angle())
                .isInstanceOf(WrongView.class);
        assertThat(FrontalBodyLine.measure(pose, new ViewEstimate(CameraView.SIDE, 1, 90, 3)).sideDown()).isEmpty();
    }

    @Test
    void aHiddenAnkleLeavesTheLineUnmeasuredAndSaysWhich() {
        Pose pose = TestPoses.withScore(sidePlank(BodySide.LEFT, 0), 0.05, BodyPart.RIGHT_ANKLE);

        assertThat(FrontalBodyLine.measure(pose, FRONT).angle()).isInstanceOfSatisfying(NotVisible.class,
                n -> assertThat(n.parts()).contains(BodyPart.RIGHT_ANKLE));
    }
}
