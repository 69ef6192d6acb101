package dev.formcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.feedback.PlainWords;
import dev.formcheck.kinematics.BodySide;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reps done one side at a time: each rep's side and the left/right balance in the JSON, and in words. */
class SideBalanceJsonTest {
    private static RepResult rep(int index, double startS, double depth, BodySide side) {
        long start = Math.round(startS * 1e6);
        return new RepResult(index, start, start + 1_000_000, start + 2_000_000 + (side == BodySide.LEFT ? 400_000 : 0),
                "knee angle", depth, 180 - depth, OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(),
                Optional.ofNullable(side));
    }

    private static final ExerciseResult LUNGES = new ExerciseResult("lunge", false, CameraView.SIDE, List.of(
            rep(1, 2, 90, BodySide.LEFT), rep(2, 5, 100, BodySide.RIGHT), rep(3, 8, 92, BodySide.LEFT),
            rep(4, 11, 98, null)), List.of(), List.of(), List.of());

    @Test
    void eachRepSaysItsSideAndTheSectionGivesLeftAgainstRight() throws IOException {
        JsonNode json = ReportFiles.jsonMapper().valueToTree(ExerciseSection.of(LUNGES));

        assertThat(json.path("reps").get(0).path("side").asText()).isEqualTo("left");
        assertThat(json.path("reps").get(1).path("side").asText()).isEqualTo("right");
        assertThat(json.path("reps").get(3).has("side")).as("a rep whose side was not seen").isFalse();
        JsonNode a = json.path("asymmetry");
        assertThat(a.path("left").path("reps").asInt()).isEqualTo(2);
        assertThat(a.path("right").path("reps").asInt()).isEqualTo(1);
        assertThat(a.path("rep_difference").asInt()).isEqualTo(1);
        assertThat(a.path("depth_difference_deg").asDouble()).isCloseTo(-9, within(0.01));
        assertThat(a.path("rep_time_difference_s").asDouble()).isCloseTo(0.4, within(0.01));
        try (var in = Files.newInputStream(SharedData.projectDir().resolve("docs/schema/analysis-v1.schema.json"))) {
            JsonNode schema = ReportFiles.jsonMapper().readTree(in).path("properties").path("asymmetry");
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(a)).isEmpty();
        }
    }

    @Test
    void anExerciseOnNoSideHasNoAsymmetry() {
        ExerciseResult squats = new ExerciseResult("squat", false, CameraView.SIDE, List.of(rep(1, 2, 10, null)),
                List.of(), List.of(), List.of());

        assertThat(ReportFiles.jsonMapper().<JsonNode>valueToTree(ExerciseSection.of(squats)).has("asymmetry")).isFalse();
    }

    @Test
    void theBalanceReadsInPlainWords() {
        String words = PlainWords.sideBalance(LUNGES.sideBalance().orElseThrow(), "knee angle");

        assertThat(words).isEqualTo("left 2 reps, knee angle 91° at the bottom, 2.4 s each; right 1 rep, 100°, 2.0 s each: "
                + "9° apart at the bottom");
    }
}
