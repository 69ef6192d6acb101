package dev.formcheck.media;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SkeletonOverlayTest {
    private static RgbImage black(int w, int h) {
        return RgbImage.copyOf(w, h, new byte[w * h * 3], 123);
    }

    private static int red(RgbImage image, int x, int y) {
        return image.pixels().get((y * image.width() + x) * 3) & 0xff;
    }

    /** A pose with every keypoint at (10, 10) and score 0, except the ones given. */
    private static Pose pose(Keypoint... visible) {
        List<Keypoint> points = new ArrayList<>();
        for (BodyPart part : BodyPart.values()) {
            points.add(new Keypoint(part, 10, 10, 0));
        }
        for (Keypoint k : visible) {
            points.set(k.part().ordinal(), k);
        }
        return new Pose(123, points);
    }

    @Test
    void aBoneBetweenTwoConfidentKeypointsIsDrawnInItsSidesColour() {
        RgbImage frame = black(200, 100);
        RgbImage drawn = SkeletonOverlay.draw(frame, pose(
                new Keypoint(BodyPart.LEFT_HIP, 20, 50, 0.9), new Keypoint(BodyPart.LEFT_KNEE, 180, 50, 0.8)));
        assertThat(red(drawn, 100, 50)).as("middle of the left thigh, orange").isEqualTo(255);
        assertThat(red(drawn, 100, 80)).as("away from the bone").isZero();
        assertThat(red(frame, 100, 50)).as("the input frame is untouched").isZero();
        assertThat(drawn.timestampMicros()).isEqualTo(123);
    }

    @Test
    void keypointsBelowTheScoreThresholdAreNotDrawn() {
        RgbImage drawn = SkeletonOverlay.draw(black(200, 100), pose(
                new Keypoint(BodyPart.LEFT_HIP, 20, 50, 0.9), new Keypoint(BodyPart.LEFT_KNEE, 180, 50, 0.1)));
        assertThat(red(drawn, 100, 50)).isZero();
        assertThat(red(drawn, 20, 50)).as("the confident hip itself is drawn").isEqualTo(255);
    }

    @Test
    void pointsOutsideTheFrameAreClippedNotFatal() {
        RgbImage drawn = SkeletonOverlay.draw(black(50, 50), pose(
                new Keypoint(BodyPart.RIGHT_SHOULDER, -100, 25, 0.9), new Keypoint(BodyPart.RIGHT_ELBOW, 200, 25, 0.9)));
        assertThat(drawn.pixels().get((25 * 50 + 25) * 3 + 2) & 0xff).as("blue channel of the right arm").isEqualTo(255);
    }
}
