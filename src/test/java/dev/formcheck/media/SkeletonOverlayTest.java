package dev.formcheck.media;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
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

    @Test
    void aTracedOutlineIsDrawnAsAMagentaLineNotAGreenOneAndAnUntracedOneNotAtAll() {
        int w = 120;
        int h = 80;
        byte[] rgb = new byte[w * h * 3];
        BackOutline traced = new BackOutline.Traced(0, 12, 1, List.of(
                new BackOutline.Point(10, 40), new BackOutline.Point(60, 30), new BackOutline.Point(110, 40)));
        SkeletonOverlay.drawOutline(rgb, w, h, traced);
        int onLine = (35 * w + 35) * 3; // halfway between the first two points
        // magenta: "judged", without the "all good" of green (decision 0045)
        assertThat(rgb[onLine] & 0xff).as("red on the outline").isGreaterThan(180);
        assertThat(rgb[onLine + 2] & 0xff).as("and blue").isGreaterThan(180);
        assertThat(rgb[onLine + 1] & 0xff).as("and little green").isLessThan(100);
        assertThat(rgb[(70 * w + 60) * 3]).as("away from it").isZero();

        byte[] untouched = new byte[w * h * 3];
        SkeletonOverlay.drawOutline(untouched, w, h, new BackOutline.Untraced(0, "an arm is in front of your back's outline"));
        assertThat(untouched).containsOnly((byte) 0);
    }
}
