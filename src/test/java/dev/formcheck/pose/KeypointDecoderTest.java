package dev.formcheck.pose;

import org.junit.jupiter.api.Test;

import java.nio.FloatBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KeypointDecoderTest {
    @Test
    void normalisedYxScoreTriplesBecomeFramePixelsInCocoOrder() {
        float[] raw = new float[BodyPart.COUNT * 3];
        for (int k = 0; k < BodyPart.COUNT; k++) {
            raw[3 * k] = 0.5f;                 // y
            raw[3 * k + 1] = k / 16f;           // x
            raw[3 * k + 2] = k / 20f;           // score
        }
        // a 640x480 frame: square side 640, 80 px of bar above
        Pose pose = KeypointDecoder.decode(FloatBuffer.wrap(raw), CropRegion.fullFrame(640, 480), 33_000);
        assertThat(pose.keypoints()).extracting(Keypoint::part).containsExactly(BodyPart.values());
        Keypoint ankle = pose.get(BodyPart.RIGHT_ANKLE);
        assertThat(ankle.x()).isCloseTo(640.0, within(1e-4));
        assertThat(ankle.y()).isCloseTo(0.5 * 640 - 80, within(1e-4));
        assertThat(ankle.score()).isCloseTo(0.8, within(1e-6));
        assertThat(pose.timestampMicros()).isEqualTo(33_000);
    }

    @Test
    void keypointsFromACropAreShiftedAndScaledByTheCrop() {
        float[] raw = new float[BodyPart.COUNT * 3];
        raw[0] = 0.25f; // nose y
        raw[1] = 0.75f; // nose x
        raw[2] = 0.9f;
        Pose pose = KeypointDecoder.decode(FloatBuffer.wrap(raw), new CropRegion(-40, 300, 200), 0);
        assertThat(pose.get(BodyPart.NOSE).x()).isEqualTo(-40 + 0.75 * 200);
        assertThat(pose.get(BodyPart.NOSE).y()).isEqualTo(300 + 0.25 * 200);
    }

    @Test
    void aPoseMustHoldSeventeenKeypointsInCocoOrder() {
        assertThatThrownBy(() -> new Pose(0, java.util.List.of(new Keypoint(BodyPart.NOSE, 0, 0, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("17");
    }
}
