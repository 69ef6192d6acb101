package dev.formcheck.pose.tracking;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KeypointSmootherTest {
    private static final long FRAME_MICROS = 33_333;

    @Test
    void coordinatesAreSmoothedAsFractionsOfTheFrameSoTheFrameSizeDoesNotMatter() {
        KeypointSmoother small = new KeypointSmoother(OneEuroSettings.MOVENET_KEYPOINTS);
        KeypointSmoother large = new KeypointSmoother(OneEuroSettings.MOVENET_KEYPOINTS);
        Random noise = new Random(3);
        for (int i = 0; i < 60; i++) {
            double fx = 0.5 + 0.003 * noise.nextGaussian();
            double fy = 0.4 + 0.003 * noise.nextGaussian();
            Pose a = small.smooth(pose(i * FRAME_MICROS, fx * 320, fy * 240, 0.7), 320, 240);
            Pose b = large.smooth(pose(i * FRAME_MICROS, fx * 1920, fy * 1080, 0.7), 1920, 1080);
            assertThat(a.get(BodyPart.LEFT_HIP).x() / 320).isCloseTo(b.get(BodyPart.LEFT_HIP).x() / 1920, within(1e-12));
            assertThat(a.get(BodyPart.LEFT_HIP).y() / 240).isCloseTo(b.get(BodyPart.LEFT_HIP).y() / 1080, within(1e-12));
        }
    }

    @Test
    void scoresAndTimestampPassUnchanged() {
        KeypointSmoother smoother = new KeypointSmoother(OneEuroSettings.MOVENET_KEYPOINTS);
        smoother.smooth(pose(0, 100, 100, 0.9), 640, 480);
        Pose out = smoother.smooth(pose(FRAME_MICROS, 110, 90, 0.42), 640, 480);
        assertThat(out.timestampMicros()).isEqualTo(FRAME_MICROS);
        assertThat(out.keypoints()).extracting(Keypoint::score).containsOnly(0.42);
        assertThat(out.get(BodyPart.NOSE).x()).as("smoothed, so between the old and new x").isStrictlyBetween(100.0, 110.0);
    }

    @Test
    void afterResetTheNextPoseIsTakenAsItIs() {
        KeypointSmoother smoother = new KeypointSmoother(OneEuroSettings.MOVENET_KEYPOINTS);
        smoother.smooth(pose(0, 100, 100, 0.9), 640, 480);
        smoother.reset();
        Pose out = smoother.smooth(pose(FRAME_MICROS, 300, 200, 0.9), 640, 480);
        assertThat(out.get(BodyPart.RIGHT_ANKLE).x()).isCloseTo(300, within(1e-9));
        assertThat(out.get(BodyPart.RIGHT_ANKLE).y()).isCloseTo(200, within(1e-9));
    }

    static Pose pose(long micros, double x, double y, double score) {
        List<Keypoint> points = new ArrayList<>();
        for (BodyPart part : BodyPart.values()) {
            points.add(new Keypoint(part, x, y, score));
        }
        return new Pose(micros, points);
    }
}
