package dev.formcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formcheck.common.UserDataDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyze --exercise NAME} with NAME a user's own exercise file in their data directory. */
class UserExerciseCommandTest {
    private static final String WALL_SQUAT = """
            {"format": "formcheck-exercise", "schema_version": 1, "name": "knee-bend",
             "description": "Knee bends: bend the knees past a right angle and stand up.",
             "movement": {"kind": "repetitions", "signal": "knee_angle", "signal_words": "knee angle",
               "rest": {"phase": "standing", "enter": {"at_or_above": "knee-bend.knee.standing_min"}},
               "phases": [{"phase": "down", "enter": {"at_or_below": "knee-bend.knee.down_max"}},
                          {"phase": "up", "enter": {"at_or_above": "knee-bend.knee.up_min"}}],
               "turning_phase": "down", "min_phase": "squat.min_phase"},
             "thresholds": {
               "knee-bend.knee.standing_min": {"value": 150, "unit": "deg", "reason": "standing", "source": "mine"},
               "knee-bend.knee.down_max": {"value": 100, "unit": "deg", "reason": "knees bent", "source": "mine"},
               "knee-bend.knee.up_min": {"value": 110, "unit": "deg", "reason": "rising", "source": "mine"}}}
            """;

    @TempDir
    Path dir;
    private String before;

    @BeforeEach
    void userFiles() throws IOException {
        before = System.getProperty(UserDataDirectory.PROPERTY);
        System.setProperty(UserDataDirectory.PROPERTY, dir.resolve("data").toString());
        Path folder = Files.createDirectories(dir.resolve("data/exercises"));
        Files.writeString(folder.resolve("knee-bend.json"), WALL_SQUAT);
        Files.writeString(folder.resolve("typo.json"), WALL_SQUAT.replace("\"knee-bend\"", "\"typo\"")
                .replace("knee-bend.", "typo.").replace("\"turning_phase\": \"down\"", "\"turning_phase\": \"bottom\""));
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(UserDataDirectory.PROPERTY);
        } else {
            System.setProperty(UserDataDirectory.PROPERTY, before);
        }
    }

    @Test
    void aUsersExerciseIsFoundByNameAndCountsTheSampleVideosReps() throws IOException {
        Path json = dir.resolve("out.json");
        CliRun run = CliRun.of("analyze", AnalyzeExerciseCommandTest.SAMPLE.toString(), "--exercise", "knee-bend",
                "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("reps: 7");
        assertThat(run.err()).as("the broken file is named by file and field, once, without a stack trace")
                .contains("formcheck: warning: " + dir.resolve("data/exercises/typo.json")
                        + ": movement.turning_phase: \"bottom\" is not one of the working phases; that exercise is left out")
                .doesNotContain("Exception").doesNotContain("\tat ");
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(AnalyzeCommandTest.schema().validate(doc)).isEmpty();
        assertThat(doc.path("exercise").path("name").asText()).isEqualTo("knee-bend");
        assertThat(doc.path("reps")).hasSize(7);
    }

    @Test
    void theBrokenOneIsNotAChoice() {
        CliRun run = CliRun.of("analyze", AnalyzeExerciseCommandTest.SAMPLE.toString(), "--exercise", "typo");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains("--exercise: no exercise named 'typo'; choose one of squat, hip-hinge, deadlift, "
                + "romanian-deadlift, push-up, plank, high-plank, glute-bridge, lunge, overhead-press, bent-over-row, bird-dog, dead-bug, side-plank, knee-bend, auto");
    }
}
