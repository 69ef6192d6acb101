package dev.formcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user sees at the command line: help, results, and short messages for bad input. */
class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void noCommandWithoutADisplayPrintsTheHelpAndSaysWhichCommandsWorkToday() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: formcheck", "pose", "import-model", "bench",
                "Working today: pose, analyze, posture, calibrate, evaluate, history,\njournal, data, report, licenses, import-model, bench, generate-sample.", "Not a medical device",
                "analyze test-videos/squat-side-synthetic.mp4 --exercise auto");
        assertThat(Path.of("test-videos/squat-side-synthetic.mp4")).as("the example the help offers exists").isRegularFile();
    }

    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("pose", "calibrate", "import-model", "bench", "generate-sample");
    }

    @Test
    void generateSampleWritesAVideoOfTheAskedLengthAndSaysWhatItWrote() throws Exception {
        Path out = dir.resolve("sample.mp4");
        CliRun run = CliRun.of("generate-sample", "--seconds", "2", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith(out + ": 60 frames, 640x480 at 30 fps (2.0 s), 0 squats, ");
        dev.formcheck.testing.DecodedVideo.Info info = dev.formcheck.testing.DecodedVideo.probe(out);
        assertThat(info.frames()).isEqualTo(60);
        assertThat(info.width()).isEqualTo(640);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(out);
        }
    }

    @Test
    void generateSampleIntoAMissingDirectoryFailsWithAShortMessageAndLeavesNothing() throws IOException {
        Path out = dir.resolve("no/such/dir/sample.mp4");
        CliRun run = CliRun.of("generate-sample", "--seconds", "1", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("formcheck: " + out + ": directory " + dir.resolve("no/such/dir")
                + " does not exist" + System.lineSeparator());
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void generateSampleRefusesALengthOutsideOneToSixHundredSeconds() {
        CliRun run = CliRun.of("generate-sample", "--seconds", "0", dir.resolve("x.mp4").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--seconds must be 1..600, not 0.0");
        assertShortAndClean(run);
    }

    @Test
    void aMissingImageGivesAShortMessageAndExitCodeOne() {
        Path missing = dir.resolve("nobody.png");
        CliRun run = CliRun.of("pose", missing.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("formcheck: " + missing + ": file not found" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aTextFileNamedLikeAnImageIsRefusedWithoutAStackTrace() throws IOException {
        Path fake = dir.resolve("photo.jpg");
        Files.writeString(fake, "not a picture");
        CliRun run = CliRun.of("pose", "--json", fake.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(fake + ": not an image in a supported format");
        assertShortAndClean(run);
    }

    @Test
    void anUnknownModelIsAUsageErrorWithoutAUsageDump() {
        CliRun run = CliRun.of("pose", "--model", "blitz", "x.png");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'blitz' is not a model; use lightning or thunder");
        assertShortAndClean(run);
    }

    @Test
    void poseJsonHasTheDocumentedShape() throws IOException {
        Path image = dir.resolve("frame.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(320, 240,
                java.awt.image.BufferedImage.TYPE_3BYTE_BGR), "png", image.toFile());
        CliRun run = CliRun.of("pose", "--json", image.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        JsonNode first = doc.path("images").get(0);
        assertThat(first.path("file").asText()).isEqualTo(image.toString());
        assertThat(first.path("width").asInt()).isEqualTo(320);
        assertThat(first.path("height").asInt()).isEqualTo(240);
        assertThat(first.path("keypoints")).hasSize(17);
        assertThat(first.path("keypoints").get(0).path("name").asText()).isEqualTo("nose");
        assertThat(first.path("keypoints").get(16).path("name").asText()).isEqualTo("right_ankle");
        assertThat(first.path("keypoints").get(5).has("score")).isTrue();
    }

    @Test
    void aMissingModelsDirectoryIsReportedWithTheRestoreHint() throws IOException {
        Path image = dir.resolve("frame.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 64,
                java.awt.image.BufferedImage.TYPE_3BYTE_BGR), "png", image.toFile());
        String previous = System.getProperty("formcheck.models");
        System.setProperty("formcheck.models", dir.resolve("no-models").toString());
        try {
            CliRun run = CliRun.of("pose", image.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("movenet-lightning.onnx: model file not found", "git checkout -- models/");
            assertShortAndClean(run);
        } finally {
            if (previous == null) {
                System.clearProperty("formcheck.models");
            } else {
                System.setProperty("formcheck.models", previous);
            }
        }
    }

    @Test
    void importModelIntoAMissingDirectoryFailsBeforeReadingAnything() throws IOException {
        Path out = dir.resolve("no/such/dir/model.onnx");
        CliRun run = CliRun.of("import-model", dir.resolve("missing.json").toString(), out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(out + ": directory").contains("does not exist");
        assertThat(run.err()).doesNotContain("missing.json");
        assertShortAndClean(run);
    }

    @Test
    void importModelOfAMissingFileLeavesNothingBehind() throws IOException {
        Path out = dir.resolve("model.onnx");
        CliRun run = CliRun.of("import-model", dir.resolve("missing.json").toString(), out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("missing.json: file not found");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void benchPoseJsonReportsTheDocumentedFields() throws IOException {
        CliRun run = CliRun.of("bench", "pose", "--iterations", "3", "--warmup", "1", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.path("model").asText()).isEqualTo("lightning");
        assertThat(result.path("threads").asInt()).isEqualTo(1);
        assertThat(result.path("iterations").asInt()).isEqualTo(3);
        assertThat(result.path("p50_ms").asDouble()).isPositive();
        assertThat(result.path("p95_ms").asDouble()).isGreaterThanOrEqualTo(result.path("p50_ms").asDouble());
        assertThat(result.path("mean_ms").asDouble()).isPositive();
    }

    @Test
    void benchRefusesAnInvalidSpinValueAsAUsageError() {
        CliRun run = CliRun.of("bench", "pose", "--spin", "maybe");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--spin'", "[ON, OFF]");
        assertShortAndClean(run);
    }

    @Test
    void benchRefusesAThreadCountOutOfRangeAsAUsageError() {
        CliRun run = CliRun.of("bench", "pose", "--threads", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--threads must be 1-64, not 0");
        assertShortAndClean(run);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"pose", "analyze", "import-model", "bench", "bench pose", "bench analyze", "bench outline", "generate-sample"})
    void everyCommandAnswersHelp(String command) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
        args.add("--help");
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: formcheck " + command);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void verboseIsAcceptedBeforeTheCommandName() throws IOException {
        Path image = dir.resolve("frame.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 64,
                java.awt.image.BufferedImage.TYPE_3BYTE_BGR), "png", image.toFile());
        CliRun run = CliRun.of("--verbose", "pose", image.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("nose");
    }

    @Test
    void aJpegCutShortInsideItsImageDataIsRefused() throws IOException {
        Path photo = dir.resolve("photo.jpg");
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(400, 300,
                java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                picture.setRGB(x, y, random.nextInt());
            }
        }
        javax.imageio.ImageIO.write(picture, "jpg", photo.toFile());
        byte[] bytes = Files.readAllBytes(photo);
        Files.write(photo, java.util.Arrays.copyOf(bytes, bytes.length * 3 / 4));
        CliRun run = CliRun.of("pose", photo.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(photo + ": damaged or cut short");
        assertShortAndClean(run);
    }

    private static void assertShortAndClean(CliRun run) {
        assertThat(run.errLines()).as("stderr: %s", run.err()).isBetween(1L, 3L);
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "Usage:");
    }
}
