package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.common.UserDataDirectory;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.session.ExerciseChoices;
import dev.formcheck.synthetic.Exercise;
import dev.formcheck.synthetic.ExerciseScenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's own exercise file in their data directory (a temporary one here): found by name, counting
 * reps on a synthetic clip, joining {@code auto} only when it says how, and changing nothing the
 * shipped exercises decide.
 */
class UserExerciseTest {
    private static final Thresholds T = CalibrationFiles.defaults();
    private static final AnalysisSettings SETTINGS = AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults());

    /** Standing still for a while: what no shipped exercise is, and a user's "stand-tall" hold is. */
    private static final String STAND_TALL = """
            {"format": "formcheck-exercise", "schema_version": 1, "name": "stand-tall",
             "description": "Standing tall and still, as a posture drill.",
             "movement": {"kind": "hold", "position": [
                 {"quantity": "trunk_above_horizontal", "enter": {"at_or_above": "stand-tall.trunk.enter_min"},
                  "exit": {"at_or_below": "stand-tall.trunk.exit_max"}},
                 {"quantity": "thigh_inclination", "enter": {"at_or_above": "stand-tall.thigh.enter_min"},
                  "exit": {"at_or_below": "stand-tall.thigh.exit_max"}}],
               "min_hold": "stand-tall.min_hold", "grace": "plank.grace"},
             "checks": [{"flag": "ROUNDED_BACK", "signal": "spine_flexion", "threshold": "flags.rounded_back.flexion_min",
                         "cue": "Stand tall - chest up"}],
             "recognition": {"needs": [{"quantity": "trunk_above_horizontal", "over": "whole",
                                        "at_or_above": "stand-tall.trunk.enter_min"}]},
             "thresholds": {
               "stand-tall.trunk.enter_min": {"value": 80, "unit": "deg", "reason": "upright", "source": "mine"},
               "stand-tall.trunk.exit_max": {"value": 70, "unit": "deg", "reason": "leaning", "source": "mine"},
               "stand-tall.thigh.enter_min": {"value": 75, "unit": "deg", "reason": "legs straight", "source": "mine"},
               "stand-tall.thigh.exit_max": {"value": 65, "unit": "deg", "reason": "knees bent", "source": "mine"},
               "stand-tall.min_hold": {"value": 2000, "unit": "ms", "reason": "a held posture", "source": "mine"}}}
            """;

    /** A greedy file that claims every set of standing reps: it must never take one from a shipped exercise. */
    private static final String ANY_REPS = ExerciseFilesTest.BOX_SQUAT
            .replace("\"name\": \"box-squat\"", "\"name\": \"any-reps\"").replace("box-squat.", "any-reps.")
            .replace("\"thresholds\"", "\"recognition\": {\"needs\": [{\"quantity\": \"trunk_above_horizontal\", "
                    + "\"over\": \"whole\", \"at_or_above\": \"any-reps.anything\"}]}, \"thresholds\"")
            .replace("\"any-reps.knee.standing_min\": {", "\"any-reps.anything\": {\"value\": -90, \"unit\": \"deg\", "
                    + "\"reason\": \"anything\", \"source\": \"mine\"}, \"any-reps.knee.standing_min\": {");

    @TempDir
    Path data;
    private String before;

    @BeforeEach
    void useATemporaryDataDirectory() throws IOException {
        before = System.getProperty(UserDataDirectory.PROPERTY);
        System.setProperty(UserDataDirectory.PROPERTY, data.toString());
        Path folder = Files.createDirectories(ExerciseFiles.userFolder(data));
        Files.writeString(folder.resolve("box-squat.json"), ExerciseFilesTest.BOX_SQUAT);
        Files.writeString(folder.resolve("stand-tall.json"), STAND_TALL);
        Files.writeString(folder.resolve("any-reps.json"), ANY_REPS);
        Files.writeString(folder.resolve("broken.json"), ExerciseFilesTest.BOX_SQUAT.replace("\"name\": \"box-squat\"",
                "\"name\": \"broken\"").replace("box-squat.", "broken.").replace("\"signal\": \"knee_angle\"", "\"signal\": \"knees\""));
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
    void aUsersExerciseIsAChoiceAndCountsRepsOnASyntheticClip() {
        assertThat(ExerciseChoices.problemWith("box-squat")).isEmpty();
        assertThat(ExerciseChoices.all()).containsSubsequence("squat", "high-plank", "any-reps", "box-squat", "auto")
                .doesNotContain("broken");
        assertThat(ExerciseChoices.problems()).singleElement().asString()
                .startsWith(data.resolve("exercises/broken.json") + ": movement.signal: \"knees\" is not a quantity");

        Exercises exercises = ExerciseChoices.exercises(T);
        List<KinematicFrame> squats = TrueKeypointStreams.frames(ExerciseScenario.of(Exercise.SQUAT).withReps(4).withFps(15));
        ExerciseAnalyzer analyzer = new ExerciseAnalyzer(exercises.get("box-squat"), SETTINGS);
        squats.forEach(analyzer::next);
        ExerciseResult r = analyzer.finish();

        assertThat(r.exercise()).isEqualTo("box-squat");
        assertThat(r.reps()).as("the synthetic squat's knees go to 54-64 deg: every rep passes the box").hasSize(4);
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void aUsersExerciseJoinsAutoOnlyWhenNothingShippedFits() {
        Exercises exercises = ExerciseChoices.exercises(T);
        ExerciseRecognizer withUsers = new ExerciseRecognizer(exercises, T, SETTINGS);
        List<KinematicFrame> standing = Frames.series(0, 8, 30, t -> Frames.at(t).standing());

        assertThat(new ExerciseRecognizer(Exercises.from(T), T, SETTINGS).recognize(standing, 1, true)).isEmpty();
        assertThat(withUsers.recognize(standing, 1, true)).contains("stand-tall");
        assertThat(exercises.userRecognition()).as("box-squat has no recognition: only used when named")
                .containsOnlyKeys("any-reps", "stand-tall");
    }

    @Test
    void theShippedConfusionIsUnchangedByAUsersFiles() {
        ExerciseRecognizer shipped = new ExerciseRecognizer(Exercises.from(T), T, SETTINGS);
        ExerciseRecognizer withUsers = new ExerciseRecognizer(ExerciseChoices.exercises(T), T, SETTINGS);
        Map<Exercise, Optional<String>> asShipped = new EnumMap<>(Exercise.class);
        Map<Exercise, Optional<String>> asWithUsers = new EnumMap<>(Exercise.class);
        for (Exercise e : Exercise.values()) {
            ExerciseScenario scenario = ExerciseScenario.of(e).withFps(15);
            List<KinematicFrame> frames = TrueKeypointStreams.frames(scenario);
            asShipped.put(e, shipped.recognize(frames, 1, true));
            asWithUsers.put(e, withUsers.recognize(frames, 1, true));
        }
        assertThat(asWithUsers).isEqualTo(asShipped);
        assertThat(asShipped.values()).allMatch(Optional::isPresent);

        // evaluate judges with the shipped exercises whatever the data directory holds
        ExerciseJudge evaluateJudge = new ExerciseJudge(ExerciseJudge.AUTO, Load.BODYWEIGHT, T, NeutralPosture.defaults());
        assertThat(evaluateJudge.exercises().names()).isEqualTo(Exercises.from(T).names());
    }
}
