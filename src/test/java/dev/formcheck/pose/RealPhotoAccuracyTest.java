package dev.formcheck.pose;

import dev.formcheck.capture.ImageFiles;
import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thunder on real photos (not letterboxed by anyone else: our own letterbox and mapping back)
 * lands within the tolerance the original example allowed of hand-checked keypoints.
 */
@RequiresSharedData
class RealPhotoAccuracyTest {
    /** L-inf pixel tolerance of the TensorFlow example these photos come from. Measured: 6.6 and 15.6 px. */
    static final double MAX_ERROR_PX = 21;

    static MoveNetEstimator thunder;

    @BeforeAll
    static void open() {
        thunder = MoveNetEstimator.open(MoveNetModel.THUNDER, SharedData.modelsDir(), InferenceSettings.defaults());
    }

    @AfterAll
    static void close() {
        thunder.close();
    }

    @ParameterizedTest
    @CsvSource({"image1.png, 1", "image2.jpeg, 2"})
    void thunderKeypointsAreWithinTwentyOnePixelsOfTheLabelledTruth(String file, int truthRow) throws IOException {
        List<String> rows = Files.readAllLines(SharedData.resolve("images/movenet-test/pose_landmark_truth.csv"));
        String[] truth = rows.get(truthRow).split(",");
        Pose pose = thunder.estimate(ImageFiles.read(SharedData.resolve("images/movenet-test/" + file)));
        for (BodyPart part : BodyPart.values()) {
            double x = Double.parseDouble(truth[2 * part.ordinal()]);
            double y = Double.parseDouble(truth[2 * part.ordinal() + 1]);
            Keypoint k = pose.get(part);
            assertThat(Math.max(Math.abs(k.x() - x), Math.abs(k.y() - y)))
                    .as("%s %s at (%.1f, %.1f), labelled (%.0f, %.0f)", file, part.id(), k.x(), k.y(), x, y)
                    .isLessThanOrEqualTo(MAX_ERROR_PX);
        }
    }
}
