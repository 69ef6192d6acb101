package dev.formcheck.pose.silhouette;

import dev.formcheck.capture.ImageFiles;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.PoseException;
import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The segmentation model is checked when it is opened, and on a real photo gives an outline that can be traced. */
class BlazePoseSegmenterTest {
    /** A message the user sees: a sentence or two, no stack trace. */
    static final int MAX_MESSAGE_LINES = 3;
    /**
     * The real forearm plank photo is labelled neutral with a straight line (labels.csv); the
     * outline of its lower back must run along the hip→shoulder line within this, the bound the
     * brief set. Measured -1.6° with Thunder's pose (1.7° with the earlier hip-to-shoulder bend),
     * every row traced, the mask 10% of the crop.
     */
    static final double NEUTRAL_PLANK_MAX_ANGLE = 10;
    /** Most rows of a clear side-on plank's lower back must be traced. */
    static final double MIN_COVERAGE = 0.7;

    @TempDir
    Path dir;

    static Path shippedModel() {
        return SharedData.modelsDir().resolve(BlazePoseSegmenter.MODEL_FILE);
    }

    static void assertShort(Throwable e) {
        assertThat(e.getMessage().lines().count()).isLessThanOrEqualTo(MAX_MESSAGE_LINES);
        assertThat(e.getMessage()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void aMissingModelNamesTheFileAndHowToRestoreIt() {
        Path missing = dir.resolve(BlazePoseSegmenter.MODEL_FILE);
        assertThatThrownBy(() -> BlazePoseSegmenter.open(missing, InferenceSettings.defaults()))
                .isInstanceOf(PoseException.class)
                .hasMessageStartingWith(missing + ": segmentation model file not found")
                .hasMessageContaining("git checkout -- models/")
                .hasMessageContaining("models/README.md")
                .satisfies(BlazePoseSegmenterTest::assertShort);
    }

    @Test
    void aFileOfGarbageIsReportedAsDamaged() throws IOException {
        Path garbage = dir.resolve(BlazePoseSegmenter.MODEL_FILE);
        byte[] bytes = new byte[4096];
        new Random(11).nextBytes(bytes);
        Files.write(garbage, bytes);
        assertThatThrownBy(() -> BlazePoseSegmenter.open(garbage, InferenceSettings.defaults()))
                .isInstanceOf(PoseException.class)
                .hasMessageStartingWith(garbage + ": not a valid ONNX model (damaged or truncated?)")
                .hasMessageContaining("git checkout -- models/")
                .satisfies(BlazePoseSegmenterTest::assertShort);
    }

    @Test
    void aTruncatedModelIsReportedAsDamaged() throws IOException {
        byte[] model = Files.readAllBytes(shippedModel());
        Path truncated = dir.resolve(BlazePoseSegmenter.MODEL_FILE);
        Files.write(truncated, Arrays.copyOf(model, model.length / 2));
        assertThatThrownBy(() -> BlazePoseSegmenter.open(truncated, InferenceSettings.defaults()))
                .isInstanceOf(PoseException.class)
                .hasMessageStartingWith(truncated + ": not a valid ONNX model (damaged or truncated?)")
                .satisfies(BlazePoseSegmenterTest::assertShort);
    }

    @Test
    void anotherValidModelIsRefusedByItsSignature() {
        Path moveNet = SharedData.modelsDir().resolve("movenet-lightning.onnx");
        assertThatThrownBy(() -> BlazePoseSegmenter.open(moveNet, InferenceSettings.defaults()))
                .isInstanceOf(PoseException.class)
                .hasMessageStartingWith(moveNet + ": expected BlazePose's landmark model")
                .hasMessageContaining("[1, 256, 256, 3] float")
                .hasMessageContaining("git checkout -- models/")
                .satisfies(BlazePoseSegmenterTest::assertShort);
    }

    @Test
    void theShippedModelOpensAndGivesProbabilitiesForEveryPixelOfItsInput() {
        Pose plank = TrunkPoses.plankHeadRight().build();
        RgbImage black = RgbImage.copyOf(640, 480, new byte[640 * 480 * 3], 0);
        try (BlazePoseSegmenter segmenter = BlazePoseSegmenter.open(shippedModel(), InferenceSettings.defaults())) {
            BodyCrop crop = BodyCrop.around(plank).orElseThrow();
            PersonMask mask = segmenter.segment(black, crop);
            assertThat(mask.size()).isEqualTo(BlazePoseSegmenter.INPUT_SIZE);
            assertThat(mask.crop()).isEqualTo(crop);
            // the segmentation output is already a probability (its signature calls it activation_segmentation)
            for (int v = 0; v < mask.size(); v++) {
                for (int u = 0; u < mask.size(); u++) {
                    assertThat(mask.probability(u, v)).isBetween(0.0, 1.0);
                }
            }
        }
    }

    @Test
    @RequiresSharedData
    void aRealNeutralPlankPhotoGivesALowerBackOutlineAlongTheTrunk(TestReporter reporter) {
        Path photo = SharedData.resolve("images/exercises/plank-Plank-1.jpg");
        RgbImage image = ImageFiles.read(photo);
        Pose pose;
        try (MoveNetEstimator thunder = MoveNetEstimator.open(MoveNetModel.THUNDER, SharedData.modelsDir(), InferenceSettings.defaults())) {
            pose = thunder.estimate(image);
        }
        try (SilhouetteReader reader = new SilhouetteReader(BlazePoseSegmenter.open(shippedModel(), InferenceSettings.defaults()))) {
            BackOutline outline = reader.read(image, pose);
            assertThat(outline).isInstanceOf(BackOutline.Traced.class);
            BackOutline.Traced traced = (BackOutline.Traced) outline;
            reporter.publishEntry("plank-Plank-1", String.format(Locale.ROOT, "lower back angle %.1f deg, coverage %.2f",
                    traced.lumbarAngleDegrees(), traced.coverage()));
            assertThat(Math.abs(traced.lumbarAngleDegrees())).isLessThan(NEUTRAL_PLANK_MAX_ANGLE);
            assertThat(traced.coverage()).isGreaterThan(MIN_COVERAGE);
            assertThat(reader.lastMask()).isPresent();
        }
    }
}
