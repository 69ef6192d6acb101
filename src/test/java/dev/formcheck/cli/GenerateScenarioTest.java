package dev.formcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formcheck.synthetic.Anthropometry;
import dev.formcheck.synthetic.Exercise;
import dev.formcheck.synthetic.ExerciseScenario;
import dev.formcheck.synthetic.Fault;
import dev.formcheck.synthetic.FaultKind;
import dev.formcheck.synthetic.ScenarioTruth;
import dev.formcheck.testing.DecodedVideo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code generate-sample --exercise}: a scenario video with its faults, and its truth as JSON beside it. */
class GenerateScenarioTest {
    @TempDir
    Path dir;

    @Test
    void anExerciseWithAFaultWritesTheVideoAndItsTruth() throws Exception {
        Path video = dir.resolve("hinge.mp4");
        Path truthFile = dir.resolve("hinge.json");
        CliRun run = CliRun.of("generate-sample", "--exercise", "hip-hinge", "--reps", "2", "--fault", "spine-flexion:2:40",
                "--truth", truthFile.toString(), video.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith(video + ": ").contains("hip-hinge, 2 reps, 1 faults");

        ScenarioTruth expected = ExerciseScenario.of(Exercise.HIP_HINGE).withReps(2)
                .withFaults(List.of(new Fault.OnRep(FaultKind.SPINE_FLEXION, 2, 40))).motion(Anthropometry.adult()).truth();
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        assertThat(truth.get("format").asText()).isEqualTo("formcheck-scenario-truth");
        assertThat(truth.get("video").asText()).isEqualTo("hinge.mp4");
        assertThat(truth.get("exercise").asText()).isEqualTo("hip-hinge");
        assertThat(truth.get("reps")).hasSize(2);
        JsonNode second = truth.get("reps").get(1);
        assertThat(second.get("index").asInt()).isEqualTo(2);
        assertThat(second.get("bottom_s").asDouble()).isEqualTo(expected.reps().get(1).bottomSeconds());
        assertThat(truth.get("reps").get(0).get("faults")).isEmpty();
        JsonNode fault = second.get("faults").get(0);
        assertThat(fault.get("kind").asText()).isEqualTo("spine-flexion");
        assertThat(fault.get("degrees").asDouble()).isEqualTo(40);
        assertThat(fault.get("start_s").asDouble()).isEqualTo(expected.reps().get(1).faults().get(0).span().startSeconds());
        assertThat(truth.get("before").get("end_s").asDouble()).isEqualTo(expected.set().startSeconds());
        assertThat(truth.get("holds")).isEmpty();

        DecodedVideo.Info info = DecodedVideo.probe(video);
        assertThat(info.frames()).isEqualTo(truth.get("frames").asInt());
        assertThat(info.frames() / 30.0).isCloseTo(expected.durationSeconds(), within(1 / 30.0));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactlyInAnyOrder(video, truthFile);
        }
    }

    @Test
    void aPlankTakesItsFaultAsASpanOfSecondsIntoTheHold() throws IOException {
        Path video = dir.resolve("plank.mp4");
        Path truthFile = dir.resolve("plank.json");
        CliRun run = CliRun.of("generate-sample", "--exercise", "plank", "--hold", "3", "--fault", "hip-sag:1-1.5:20",
                "--truth", truthFile.toString(), video.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        JsonNode hold = truth.get("holds").get(0);
        assertThat(hold.get("end_s").asDouble() - hold.get("start_s").asDouble()).isCloseTo(3, within(1e-9));
        assertThat(hold.get("faults").get(0).get("kind").asText()).isEqualTo("hip-sag");
        assertThat(truth.get("reps")).isEmpty();
    }

    @Test
    void badScenariosGiveAShortMessageAndWriteNothing() throws IOException {
        String video = dir.resolve("x.mp4").toString();
        assertRefused(CliRun.of("generate-sample", "--exercise", "burpee", video),
                "unknown exercise \"burpee\"; expected one of squat, hip-hinge");
        assertRefused(CliRun.of("generate-sample", "--exercise", "squat", "--fault", "hip-sag:1:20", video),
                "hip-sag is not a fault of squat");
        assertRefused(CliRun.of("generate-sample", "--exercise", "squat", "--fault", "spine-flexion:9:40", video),
                "spine-flexion on rep 9, but the set has 5 reps");
        assertRefused(CliRun.of("generate-sample", "--exercise", "squat", "--fault", "spine-flexion:2", video),
                "--fault spine-flexion:2: expected KIND:REP:DEGREES, e.g. spine-flexion:2:40");
        assertRefused(CliRun.of("generate-sample", "--exercise", "squat", "--fault", "spine-flexion:two:40", video),
                "--fault spine-flexion:two:40: the rep must be a whole number, not two");
        assertRefused(CliRun.of("generate-sample", "--exercise", "plank", "--fault", "hip-sag:2:20", video),
                "--fault hip-sag:2:20: in a hold, give seconds into it as FROM-TO, e.g. hip-sag:5-9:20");
        assertRefused(CliRun.of("generate-sample", "--fault", "spine-flexion:2:40", video), "--fault needs --exercise NAME");
        assertRefused(CliRun.of("generate-sample", "--exercise", "squat", "--seconds", "5", video),
                "--seconds is for the default squat sample; with --exercise, use --reps or --hold");
        assertRefused(CliRun.of("generate-sample", "--exercise", "push-up", "--fault", "hip-sag:1:40", "--fault", "hip-sag:1:40", video),
                "hip-sag of 40.0 degrees is more than push-up allows: left_hip_flexion must be -45.0..150.0 degrees, not -80");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anUnwritableTruthFileIsRefusedBeforeAnyRendering() throws IOException {
        Path video = dir.resolve("x.mp4");
        Path truth = dir.resolve("missing/truth.json");
        CliRun run = CliRun.of("generate-sample", "--exercise", "squat", "--truth", truth.toString(), video.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("formcheck: " + truth + ": directory " + truth.getParent() + " does not exist"
                + System.lineSeparator());
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    private static void assertRefused(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception", "\tat ", "Usage:");
        assertThat(run.errLines()).as("stderr: %s", run.err()).isBetween(1L, 3L);
    }
}
