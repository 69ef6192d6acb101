package dev.formcheck.synthetic;

import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.testing.DecodedVideo;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The committed sample, decoded as a user's copy would be: every frame there, and MoveNet
 * Lightning finds the person in it. Measured (2026-11-25): 600 frames, a person (mean keypoint
 * score at least {@link #PERSON_FOUND_SCORE}) in 600 of 600, mean score 0.529, lowest frame 0.455;
 * Thunder 0.606.
 */
class SampleVideoTest {
    static final Path SAMPLE = SharedData.projectDir().resolve("test-videos/squat-side-synthetic.mp4");
    /** The bar: a frame has a person when its mean keypoint score is at least this. */
    static final double PERSON_FOUND_SCORE = 0.3;
    /** ... in at least this share of the frames. */
    static final double MIN_FRACTION_FOUND = 0.9;
    /** Small enough to live in the repository: "a few MB at most". */
    static final long MAX_BYTES = 4_000_000;

    @Test
    void theSampleIsTwentySecondsOf640x480At30FpsAndSmall() throws Exception {
        List<Long> timestamps = new ArrayList<>();
        DecodedVideo.Info info = DecodedVideo.forEachFrame(SAMPLE, frame -> timestamps.add(frame.timestampMicros()));
        assertThat(info.frames()).isEqualTo(600);
        assertThat(info.width()).isEqualTo(640);
        assertThat(info.height()).isEqualTo(480);
        assertThat(info.fps()).isCloseTo(30, within(0.01));
        for (int i = 1; i < timestamps.size(); i++) {
            assertThat(timestamps.get(i)).as("frame %d", i).isGreaterThan(timestamps.get(i - 1));
        }
        assertThat(Files.size(SAMPLE)).isLessThan(MAX_BYTES);
    }

    @Test
    void moveNetLightningFindsThePersonInAtLeastNinetyPercentOfTheFrames() throws Exception {
        int[] found = {0};
        try (MoveNetEstimator lightning = MoveNetEstimator.open(MoveNetModel.LIGHTNING, SharedData.modelsDir(),
                InferenceSettings.defaults())) {
            DecodedVideo.Info info = DecodedVideo.forEachFrame(SAMPLE, frame -> {
                if (lightning.estimate(frame).meanScore() >= PERSON_FOUND_SCORE) {
                    found[0]++;
                }
            });
            assertThat(found[0] / (double) info.frames()).as("%d of %d frames", found[0], info.frames())
                    .isGreaterThanOrEqualTo(MIN_FRACTION_FOUND);
        }
    }
}
