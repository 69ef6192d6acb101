package dev.formcheck.analysis.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The exercise files: the shipped ones follow the schema and resolve; a broken one is named by file and field. */
class ExerciseFilesTest {
    private static final Path SCHEMA = Path.of("docs/schema/exercise-v1.schema.json");
    private static final Path SHIPPED = Path.of("src/main/resources/dev/formcheck/analysis/exercise/definitions");
    private static final Thresholds T = CalibrationFiles.defaults();

    @TempDir
    Path dir;

    /** A small user exercise: knee-angle reps with thresholds of its own. */
    static final String BOX_SQUAT = """
            {"format": "formcheck-exercise", "schema_version": 1, "name": "box-squat",
             "description": "A squat to a box: sit back until the knees are bent to about a right angle, then stand.",
             "movement": {"kind": "repetitions", "signal": "knee_angle", "signal_words": "knee angle",
               "rest": {"phase": "standing", "enter": {"at_or_above": "box-squat.knee.standing_min"}},
               "phases": [{"phase": "down", "enter": {"at_or_below": "box-squat.knee.down_max"}},
                          {"phase": "up", "enter": {"at_or_above": "box-squat.knee.up_min"}}],
               "turning_phase": "down", "min_phase": "squat.min_phase"},
             "checks": [{"flag": "ROUNDED_BACK", "signal": "spine_flexion", "threshold": "flags.rounded_back.flexion_min",
                         "cue": "Chest up - keep your back flat"}],
             "thresholds": {
               "box-squat.knee.standing_min": {"value": 160, "unit": "deg", "reason": "standing tall", "source": "mine"},
               "box-squat.knee.down_max": {"value": 110, "unit": "deg", "reason": "sitting on the box", "source": "mine"},
               "box-squat.knee.up_min": {"value": 120, "unit": "deg", "reason": "off the box", "source": "mine"}}}
            """;

    @Test
    void everyShippedFileFollowsTheSchemaAndTheIndexListsExactlyThem() throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> files;
        try (Stream<Path> s = Files.list(SHIPPED)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertThat(ExerciseFiles.shippedFileNames()).containsExactlyInAnyOrderElementsOf(files);
        for (String f : files) {
            assertThat(schema.validate(json.readTree(SHIPPED.resolve(f).toFile()))).as(f).isEmpty();
        }
        assertThat(schema.validate(json.readTree(BOX_SQUAT))).isEmpty();
        JsonNode foreign = json.readTree("{\"format\": \"formcheck-calibration\", \"schema_version\": 1}");
        assertThat(schema.validate(foreign)).isNotEmpty();
    }

    @Test
    void theShippedExercisesAreTheSevenInTheirOrderAndNameEveryThresholdThatExists() {
        assertThat(Exercises.from(T).names()).containsExactly("squat", "hip-hinge", "deadlift", "romanian-deadlift",
                "push-up", "plank", "high-plank", "glute-bridge", "lunge", "overhead-press", "bent-over-row", "bird-dog", "dead-bug", "side-plank");
        for (ExerciseSpec s : ExerciseFiles.shipped()) {
            assertThat(s.ownThresholds()).as(s.name()).isEmpty();
            assertThat(s.description()).as(s.name()).isNotBlank();
            assertThat(s.source()).endsWith(s.name() + ".json");
        }
    }

    @Test
    void aCalibratedThresholdReachesTheExerciseThatNamesIt() {
        List<dev.formcheck.analysis.thresholds.Threshold> changed = T.byName().values().stream()
                .map(t -> t.name().equals("flags.rounded_back.flexion_min") ? t.withValue(t.value() + 5, "mine", "test") : t)
                .toList();
        Thresholds calibrated = Thresholds.of("test", changed, T.orderings());
        double shipped = Exercises.from(T).get("squat").checks().get(0).thresholdDegrees();
        assertThat(Exercises.from(calibrated).get("squat").checks().get(0).thresholdDegrees()).isEqualTo(shipped + 5);
    }

    @Test
    void aUsersFileLoadsWithItsOwnThresholdsAfterTheShippedOnes() throws IOException {
        Files.createDirectories(dir.resolve("exercises"));
        Files.writeString(dir.resolve("exercises/box-squat.json"), BOX_SQUAT);
        ExerciseFiles.UserExercises user = ExerciseFiles.readUserFolder(ExerciseFiles.userFolder(dir));
        Exercises all = Exercises.from(T, user);

        assertThat(all.problems()).isEmpty();
        assertThat(all.names()).endsWith("box-squat").startsWith("squat");
        ExerciseDefinition box = all.get("box-squat");
        assertThat(box.countsReps()).isTrue();
        assertThat(((Movement.Repetitions) box.movement()).cycle().rest().enter().threshold()).isEqualTo(160);
        assertThat(all.userRecognition()).as("no recognition block: only used when named").isEmpty();
    }

    @Test
    void theBridgeAndTheDeadBugLieOnTheBackAndNoOtherShippedExerciseDoes() {
        Exercises shipped = Exercises.from(T);
        assertThat(shipped.names().stream().filter(n -> shipped.get(n).liesOnBack()))
                .containsExactlyInAnyOrder("glute-bridge", "dead-bug");
        assertThat(shipped.get("glute-bridge").movementOnly().liesOnBack()).isTrue();
    }

    @Test
    void aMissingUserFolderIsNoExercises() {
        ExerciseFiles.UserExercises none = ExerciseFiles.readUserFolder(dir.resolve("nowhere"));
        assertThat(none.specs()).isEmpty();
        assertThat(none.problems()).isEmpty();
    }

    // ---- broken files: the file and the field named ----

    private String problemWith(String content) throws IOException {
        Path f = dir.resolve("mine.json");
        Files.writeString(f, content);
        try {
            ExerciseSpec spec = ExerciseFiles.readUser(f);
            return Exercises.from(T, new ExerciseFiles.UserExercises(List.of(spec), List.of())).problems().get(0);
        } catch (ExerciseFileException e) {
            return e.getMessage();
        }
    }

    private String box(String from, String to) {
        assertThat(BOX_SQUAT).contains(from);
        return BOX_SQUAT.replace(from, to);
    }

    @Test
    void brokenFilesAreNamedByFileAndField() throws IOException {
        String f = dir.resolve("mine.json").toString();
        assertThat(problemWith("{\"format\": \"formcheck-exercise\", ")).startsWith(f + ": is not valid JSON");
        assertThat(problemWith("[1, 2]")).startsWith(f + ": is not an exercise file");
        assertThat(problemWith("{\"format\": \"formcheck-calibration\"}")).startsWith(f + ": format: must be");
        assertThat(problemWith(box("\"schema_version\": 1", "\"schema_version\": 2"))).startsWith(f + ": schema_version: must be 1");
        assertThat(problemWith(box("\"name\": \"box-squat\"", "\"name\": \"Box Squat\""))).startsWith(f + ": name: ");
        assertThat(problemWith(box("\"signal\": \"knee_angle\"", "\"signal\": \"knee\"")))
                .startsWith(f + ": movement.signal: \"knee\" is not a quantity (thigh_inclination, ");
        assertThat(problemWith(box("\"turning_phase\": \"down\"", "\"turning_phase\": \"bottom\"")))
                .startsWith(f + ": movement.turning_phase: \"bottom\" is not one of the working phases");
        assertThat(problemWith(box("{\"at_or_below\": \"box-squat.knee.down_max\"}", "{}")))
                .startsWith(f + ": movement.phases[0].enter: needs exactly one of at_or_above, at_or_below");
        assertThat(problemWith(box("\"flag\": \"ROUNDED_BACK\"", "\"flag\": \"ROUND_BACK\"")))
                .startsWith(f + ": checks[0].flag: \"ROUND_BACK\" is not a flag (ROUNDED_BACK, ");
        assertThat(problemWith(box("\"cue\": \"Chest up - keep your back flat\"", "\"cue\": \" \"")))
                .isEqualTo(f + ": checks[0].cue: must say what to do, in plain words");
        assertThat(problemWith(box("\"cue\": \"Chest up - keep your back flat\"", "\"cue\": \"x\", \"colour\": \"red\"")))
                .startsWith(f + ": checks[0].colour: is not a field here");
        assertThat(problemWith(box("\"value\": 110", "\"value\": \"110\"")))
                .isEqualTo(f + ": thresholds.box-squat.knee.down_max.value: must be a number");
        assertThat(problemWith(box("\"name\": \"box-squat\",", "\"name\": \"box-squat\", \"aliases\": [\"Box Squat!\"],")))
                .startsWith(f + ": aliases[0]: must be lower-case words");
        assertThat(problemWith(box("\"name\": \"box-squat\",", "\"name\": \"box-squat\", \"lying\": \"on_front\",")))
                .isEqualTo(f + ": lying: can only be \"on_back\" (the person lies on their back), or left out");
        assertThat(problemWith(box("\"box-squat.knee.up_min\": {", "\"squat.knee.up_min\": {")))
                .startsWith(f + ": thresholds.squat.knee.up_min: a file's own thresholds are named after its exercise");
    }

    @Test
    void anExerciseIsCalledByItsNameOrAnAliasFromAWordsStartAndTheLongestSaysHowSurely() {
        ExerciseSpec pushUp = ExerciseFiles.shipped().stream().filter(s -> s.name().equals("push-up")).findFirst().orElseThrow();
        assertThat(pushUp.aliases()).contains("press-up");
        assertThat(pushUp.isCalledBy("Push-Ups on a bench")).isEqualTo("push up".length());
        assertThat(pushUp.isCalledBy("push_up")).isEqualTo("push up".length());
        assertThat(pushUp.isCalledBy("ten PRESS-UPS")).isEqualTo("press up".length());
        assertThat(pushUp.isCalledBy("squat")).isZero();
        assertThat(pushUp.isCalledBy("kickpush up")).as("only from a word's start").isZero();
    }

    @Test
    void aThresholdThatDoesNotExistOrIsInTheWrongUnitIsNamedWhereItWasWritten() throws IOException {
        String f = dir.resolve("mine.json").toString();
        assertThat(problemWith(box("\"min_phase\": \"squat.min_phase\"", "\"min_phase\": \"squat.min_phaze\"")))
                .startsWith(f + ": movement.min_phase: no threshold named squat.min_phaze");
        assertThat(problemWith(box("\"min_phase\": \"squat.min_phase\"", "\"min_phase\": \"squat.thigh.bottom_max\"")))
                .isEqualTo(f + ": movement.min_phase: squat.thigh.bottom_max is in deg, this field needs ms");
        assertThat(problemWith(box("\"value\": 120", "\"value\": 105")))
                .as("the phases must each lie beyond the one before").startsWith(f + ": movement.phases: ");
    }

    @Test
    void aUsersFileCannotTakeAShippedName() throws IOException {
        Files.createDirectories(dir.resolve("exercises"));
        Path mine = dir.resolve("exercises/squat.json");
        Files.writeString(mine, BOX_SQUAT.replace("\"name\": \"box-squat\"", "\"name\": \"squat\"")
                .replace("box-squat.", "squat."));
        Exercises all = Exercises.from(T, ExerciseFiles.readUserFolder(dir.resolve("exercises")));
        assertThat(all.problems()).singleElement().asString().startsWith(mine + ": name: 'squat' is a shipped exercise");
        assertThat(all.get("squat").movement()).isEqualTo(Exercises.from(T).get("squat").movement());
    }

    @Test
    void oneBrokenUserFileLeavesTheOthersLoaded() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("exercises"));
        Files.writeString(folder.resolve("a-broken.json"), "{ not json");
        Files.writeString(folder.resolve("box-squat.json"), BOX_SQUAT);
        Exercises all = Exercises.from(T, ExerciseFiles.readUserFolder(folder));
        assertThat(all.names()).contains("box-squat");
        assertThat(all.problems()).singleElement().asString().startsWith(folder.resolve("a-broken.json") + ": is not valid JSON");
    }
}
