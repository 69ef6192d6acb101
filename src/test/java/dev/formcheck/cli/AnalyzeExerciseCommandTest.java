package dev.formcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyze --exercise}: what it adds to the summary and the JSON, on videos and photos, and its refusals. */
class AnalyzeExerciseCommandTest {
    /** Rendered by our own code and shipped: 7 squats, side-on (test-videos/README.md). */
    static final Path SAMPLE = SharedData.projectDir().resolve("test-videos/squat-side-synthetic.mp4");

    @TempDir
    Path dir;

    @Test
    void theSampleSquatVideoJudgedAsSquatsHasItsSevenRepsInTheSummaryAndTheJson() throws IOException {
        Path json = dir.resolve("squat.json");
        CliRun run = CliRun.of("analyze", SAMPLE.toString(), "--exercise", "squat", "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("exercise: Squat, filmed side-on").contains("reps: 7").contains("flags: none");
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(AnalyzeCommandTest.schema().validate(doc)).as("schema violations").isEmpty();
        assertThat(doc.path("exercise").path("name").asText()).isEqualTo("squat");
        assertThat(doc.path("exercise").path("recognized").asBoolean()).isFalse();
        assertThat(doc.path("view").asText()).isEqualTo("side");
        assertThat(doc.path("reps")).hasSize(7);
        JsonNode first = doc.path("reps").get(0);
        assertThat(first.path("index").asInt()).isEqualTo(1);
        assertThat(first.path("start_s").asDouble()).isLessThan(first.path("bottom_s").asDouble());
        assertThat(first.path("bottom_s").asDouble()).isLessThan(first.path("end_s").asDouble());
        assertThat(first.path("metrics").path("signal").asText()).isEqualTo("thigh inclination");
        assertThat(doc.path("flags")).isEmpty();
        assertThat(doc.path("holds")).isEmpty();
    }

    @Test
    void autoRecognisesTheSquatsAndSaysSo() {
        CliRun run = CliRun.of("analyze", SAMPLE.toString(), "--exercise", "auto");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("exercise: Squat (recognised)").contains("reps: 7");
    }

    @Test
    void withoutExerciseTheJsonHasOnlyPoses() throws IOException {
        Path json = dir.resolve("poses.json");
        CliRun run = CliRun.of("analyze", SAMPLE.toString(), "--stride", "10", "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(doc.has("exercise")).isFalse();
        assertThat(doc.has("flags")).isFalse();
        assertThat(run.out()).doesNotContain("reps:");
    }

    @Test
    void aShorterSetPauseSplitsTheSampleIntoSetsWhereItsRepsPause() throws IOException {
        Path report = dir.resolve("report.html");
        CliRun run = CliRun.of("analyze", SAMPLE.toString(), "--exercise", "squat", "--set-pause", "1", "--no-record",
                "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        // by default (8 s) its seven squats are one set; their standing pauses of over a second now end sets
        assertThat(Files.readString(report)).containsPattern("7 reps in [2-7] sets").doesNotContain("7 reps in 1 set");
    }

    @Test
    void aSetPauseOutsideItsRangeIsAUsageError() {
        CliRun run = CliRun.of("analyze", SAMPLE.toString(), "--exercise", "squat", "--set-pause", "0.5");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains("--set-pause is 1 to 120 seconds, not 0.5");
    }

    @Test
    void anUnknownExerciseOrLoadIsRefusedWithTheChoicesBeforeAnyWork() {
        CliRun exercise = CliRun.of("analyze", SAMPLE.toString(), "--exercise", "burpee");
        CliRun load = CliRun.of("analyze", SAMPLE.toString(), "--exercise", "squat", "--load", "sandbag");

        assertThat(exercise.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(exercise.err()).contains("--exercise: no exercise named 'burpee'; choose one of squat, hip-hinge, "
                + "deadlift, romanian-deadlift, push-up, plank, high-plank, glute-bridge, lunge, overhead-press, bent-over-row, bird-dog, dead-bug, side-plank, auto");
        assertThat(load.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(load.err()).contains("--load: 'sandbag' is not a load; choose bodyweight, dumbbell, kettlebell or barbell");
    }

    @Test
    void aLoadWithoutAnExerciseIsRefusedRatherThanIgnored() {
        CliRun run = CliRun.of("analyze", SAMPLE.toString(), "--load", "barbell");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains("--load only changes how an exercise is judged; add --exercise NAME|auto");
    }

    @Test
    void theHelpListsEachExerciseChoiceOnce() {
        CliRun run = CliRun.of("analyze", "--help");

        String help = run.out().replaceAll("\\s+", " ");
        assertThat(help).contains("squat, hip-hinge, deadlift, romanian-deadlift, push-up, plank, high-plank, glute-bridge, lunge, overhead-press, bent-over-row, bird-dog, dead-bug, side-plank, auto "
                + "(auto recognises it)");
        assertThat(help).doesNotContain("auto, or auto");
    }

    /** A folder of empty frames: a stream in which nobody is ever seen. */
    private Path framesWithNobody() throws IOException {
        Path frames = Files.createDirectories(dir.resolve("nobody"));
        for (int i = 0; i < 10; i++) {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(96, 96, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", frames.resolve(String.format("f%02d.png", i)).toFile());
        }
        return frames;
    }

    @Test
    void aPlankJudgedOnAStreamWithNobodySaysItHasNoHoldNotNoReps() throws IOException {
        CliRun run = CliRun.of("analyze", framesWithNobody().toString(), "--exercise", "plank");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("person in 0.0%").contains("exercise: Plank, camera view not known")
                .contains("holds: none").contains("flags: none").doesNotContain("reps:");
    }

    @Test
    void autoOnAStreamWithNobodySaysNothingWasRecognisedInOneLine() throws IOException {
        CliRun run = CliRun.of("analyze", framesWithNobody().toString(), "--exercise", "auto");

        assertThat(run.exitCode()).as("the analysis itself succeeded").isZero();
        assertThat(run.out()).contains("exercise: not recognised (no reps or holds of a known exercise); "
                + "name it with --exercise NAME");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aPhotoCannotBeRecognisedOnlyNamed() throws IOException {
        Path photo = dir.resolve("me.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", photo.toFile());

        CliRun run = CliRun.of("analyze", photo.toString(), "--exercise", "auto");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains(photo + " is a photo: name its exercise (--exercise NAME)");
    }

    @Test
    @RequiresSharedData
    void aPhotoOfARoundedHingeIsFlaggedWithNoRep() throws IOException {
        Path photo = SharedData.resolve("images/exercises/hip-hinge-Runners_Stretch-1.jpg");
        Path json = dir.resolve("photo.json");

        CliRun run = CliRun.of("analyze", photo.toString(), "--exercise", "hip-hinge", "--model", "thunder",
                "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("exercise: Hip hinge, in the working position").contains("flag: Rounded lower back — ");
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(AnalyzeCommandTest.schema().validate(doc)).as("schema violations").isEmpty();
        assertThat(doc.path("frames")).hasSize(1);
        assertThat(doc.path("position").asText()).isEqualTo("working");
        JsonNode flag = doc.path("flags").get(0);
        assertThat(flag.path("kind").asText()).isEqualTo("ROUNDED_BACK");
        assertThat(flag.path("rep").isNull()).isTrue();
        assertThat(flag.path("value").asDouble()).isGreaterThan(flag.path("threshold").asDouble());
        assertThat(Files.list(dir)).containsExactly(json);
    }

    /**
     * The second mountain climber's rounded back shows in its outline with Thunder's keypoints
     * (18.0°) but not with Lightning's (14.7°): photos are read with Thunder unless --model says
     * otherwise, and the JSON names the model used.
     */
    @Test
    @RequiresSharedData
    void aPhotoIsReadWithThunderUnlessTheModelIsChosen() throws IOException {
        Path photo = SharedData.resolve("images/exercises/plank-Mountain_Climbers-1.jpg");
        Path json = dir.resolve("default.json");

        CliRun byDefault = CliRun.of("analyze", photo.toString(), "--exercise", "plank", "--json", json.toString());
        assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
        assertThat(new ObjectMapper().readTree(json.toFile()).path("model").asText()).isEqualTo("thunder");
        assertThat(byDefault.out()).contains("flag: Rounded lower back — ");

        Path chosenJson = dir.resolve("lightning.json");
        CliRun chosen = CliRun.of("analyze", photo.toString(), "--exercise", "plank", "--model", "lightning",
                "--json", chosenJson.toString());
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(new ObjectMapper().readTree(chosenJson.toFile()).path("model").asText()).isEqualTo("lightning");
    }

    @Test
    void aClipWithNothingRecognisedIsWrittenAndExitsZero() throws IOException {
        Path frames = Files.createDirectory(dir.resolve("empty-room"));
        for (int i = 0; i < 10; i++) { // an empty grey room: no person, so no exercise
            java.awt.image.BufferedImage grey = new java.awt.image.BufferedImage(96, 96, java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 96; y++) {
                for (int x = 0; x < 96; x++) {
                    grey.setRGB(x, y, 0x808080);
                }
            }
            javax.imageio.ImageIO.write(grey, "png", frames.resolve(String.format("frame-%02d.png", i)).toFile());
        }
        Path json = dir.resolve("room.json");
        CliRun run = CliRun.of("analyze", frames.toString(), "--exercise", "auto", "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("exercise: not recognised");
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(doc.has("exercise")).isFalse();
        assertThat(doc.path("frames").size()).isEqualTo(10);
    }

    @Test
    void aPoseIntervalInTheCalibrationTracksOneFrameInAsManyAsFitAndStrideOverridesIt() throws IOException {
        Path frames = Files.createDirectory(dir.resolve("room"));
        for (int i = 0; i < 10; i++) {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", frames.resolve(String.format("frame-%02d.png", i)).toFile());
        }
        Path calibration = Files.writeString(dir.resolve("fast.json"), """
                {"format": "formcheck-calibration", "schema_version": 1, "kind": "user",
                 "thresholds": {"video.pose_interval": {"value": 67, "reason": "speed over every frame"}}}""");
        Path json = dir.resolve("room.json");

        CliRun paced = CliRun.of("analyze", frames.toString(), "--exercise", "squat", "--calibration", calibration.toString(),
                "--json", json.toString(), "--no-record");
        assertThat(paced.exitCode()).as(paced.err()).isZero();
        assertThat(new ObjectMapper().readTree(json.toFile()).path("frames").size())
                .as("67 ms holds two frames at the folder's 30 fps: one in two tracked").isEqualTo(5);

        CliRun asked = CliRun.of("analyze", frames.toString(), "--exercise", "squat", "--calibration", calibration.toString(),
                "--stride", "1", "--json", json.toString(), "--no-record");
        assertThat(asked.exitCode()).as(asked.err()).isZero();
        assertThat(new ObjectMapper().readTree(json.toFile()).path("frames").size()).isEqualTo(10);
    }
}
