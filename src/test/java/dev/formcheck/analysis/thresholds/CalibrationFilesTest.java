package dev.formcheck.analysis.thresholds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.formcheck.analysis.Debouncer;
import dev.formcheck.common.UserDataDirectory;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalibrationFilesTest {
    private static final Path DEFAULTS = SharedData.projectDir().resolve("calibration/defaults.json");
    private static final Path SCHEMA = SharedData.projectDir().resolve("calibration/schema/calibration-v1.schema.json");

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** A user calibration with the given thresholds object. */
    private Path user(String thresholds) throws IOException {
        return write("calibration.json", """
                {"format": "formcheck-calibration", "schema_version": 1, "kind": "user",
                 "thresholds": %s}
                """.formatted(thresholds));
    }

    private static UserCalibration load(Path userFile) {
        return CalibrationFiles.loadUser(userFile);
    }

    // ---- the shipped defaults ----

    @Test
    void theShippedDefaultsLoadFromTheClasspathWithEveryThresholdOfThePhaseMachinesAndHolds() {
        Thresholds t = CalibrationFiles.defaults();

        assertThat(t.origin()).isEqualTo("calibration/defaults.json");
        assertThat(t.byName()).hasSize(91 + 107); // a deadlift rep's turn band for its tempo (1, decision 0084), desk mode's OS poll on Windows and macOS (1, decision 0085), a recorded video's pose interval (1, decision 0081), tidy's rules for the outline's back side (4) and the limbs' sides (2), which pose and kinematics take as records (StageRules); acc's front-view hands of a squat (1) and front-view push-ups and hinges (7), a joint angle shown only from clear keypoints (1), form breakdown (5), the knee cave (2, issue 14), the exercises' (8 the lunge's, its torso lean and its recognition; 6 the press's, 6 the row's, 6 the bird-dog's and dead bug's; 6 of them position limits: push-up 2, squat 1, hinges 3; 5 the glute bridge's; 6 the side plank's), recognition's (5: 4 for front views, push-ups in a hold and bridges, 1 where a rep's bottom is read), the back outline's schedule (2: when a calm reading is carried longer) and calibrate's (3 of them on holding still), and the desk monitor's (8 of them reminders: escalation, praise, sit/stand; 2 of those tell sitting from standing)
        assertThat(t.byName().keySet()).contains("flags.debounce", "flags.release", "sets.max_break", "phases.gap_hold",
                "squat.thigh.standing_min", "squat.thigh.descent_max", "squat.thigh.bottom_max", "squat.thigh.ascent_min",
                "squat.min_phase", "hip-hinge.hip.bottom_max", "push-up.elbow.bottom_max", "plank.incline.enter_max",
                "plank.min_hold", "plank.grace", "push-up.position.incline_max", "push-up.position.body_line_min", "squat.position.hand_height_max", "deadlift.position.thigh_min", "desk.min_state", "desk.slouch.alert_after", "desk.break.remind_after",
                "recognition.bottom_share", "outline.calm_share", "outline.calm_interval");
        assertThat(t.degrees("push-up.elbow.bottom_max")).isEqualTo(110);
        assertThat(t.micros("flags.debounce")).isEqualTo(200_000);
        assertThat(t.get("push-up.elbow.bottom_max").unit()).isEqualTo(Unit.DEGREES);
    }

    @Test
    void theJarCarriesTheRepositorysDefaultsByteForByte() throws IOException {
        try (InputStream in = CalibrationFiles.class.getResourceAsStream(CalibrationFiles.DEFAULTS_RESOURCE)) {
            assertThat(in).as("defaults.json on the classpath").isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(DEFAULTS));
        }
    }

    @Test
    void everyShippedThresholdSaysWhyAndWhereItComesFrom() {
        assertThat(CalibrationFiles.defaults().byName().values()).allSatisfy(t -> {
            assertThat(t.reason()).as(t.name()).hasSizeGreaterThan(30);
            assertThat(t.source()).as(t.name() + ": our own choice says 'ours' and why; others name their source")
                    .matches("(ours[:,] .{20,}|practice: .{20,}|FormCheck issue \\d+.*|The source article: .{20,})");
        });
    }

    @Test
    void theShippedDebounceCannotGoBelowTheIssuesMinimum() {
        Threshold debounce = CalibrationFiles.defaults().get("flags.debounce");
        assertThat(Math.round(debounce.allowed().min() * 1000)).isEqualTo(Debouncer.MIN_PERSISTENCE_MICROS);
        assertThat(debounce.micros()).isGreaterThanOrEqualTo(Debouncer.MIN_PERSISTENCE_MICROS);
    }

    @Test
    void theDefaultsAndAUserCalibrationFollowTheSchemaAndForeignJsonDoesNot() throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        ObjectMapper json = new ObjectMapper();

        assertThat(schema.validate(json.readTree(DEFAULTS.toFile()))).isEmpty();
        assertThat(schema.validate(json.readTree(user("""
                {"push-up.elbow.bottom_max": {"value": 100, "reason": "I squat deep", "source": "calibrate, 2026-11-25"},
                 "flags.debounce": {"value": 300, "unit": "ms"}}""").toFile()))).isEmpty();
        JsonNode foreign = json.readTree("{\"schema_version\": 1, \"video\": {}, \"frames\": []}");
        assertThat(schema.validate(foreign)).isNotEmpty();
        JsonNode userWithRange = json.readTree(user("{\"flags.debounce\": {\"value\": 100, \"min\": 0}}").toFile());
        assertThat(schema.validate(userWithRange)).as("a user cannot widen a range").isNotEmpty();
    }

    // ---- reading a defaults file ----

    @Test
    void aValidDefaultsFileReads() throws IOException {
        Path file = write("defaults.json", Files.readString(DEFAULTS));

        Thresholds t = CalibrationFiles.readDefaults(file);

        assertThat(t.byName()).isEqualTo(CalibrationFiles.defaults().byName());
        assertThat(t.orderings()).isEqualTo(CalibrationFiles.defaults().orderings());
        assertThat(t.origin()).isEqualTo(file.toString());
    }

    @Test
    void aValueOutOfItsRangeIsRejectedNamingTheFileTheFieldAndTheRange() throws IOException {
        Path file = write("defaults.json", Files.readString(DEFAULTS).replace("""
                "push-up.elbow.bottom_max": {
                      "value": 110,""", """
                "push-up.elbow.bottom_max": {
                      "value": 200,"""));

        assertThatThrownBy(() -> CalibrationFiles.readDefaults(file))
                .isInstanceOf(CalibrationException.class)
                .hasMessage(file + ": thresholds[\"push-up.elbow.bottom_max\"].value: 200 deg is outside the allowed range "
                        + "40 to 150 deg");
    }

    @Test
    void unreadableJsonIsRejectedWithWhereItBreaks() throws IOException {
        Path file = write("defaults.json", "{\n  \"format\": \"formcheck-calibration\",\n  \"schema_version\": 1\n  \"kind\": \"defaults\"\n}\n");

        assertThatThrownBy(() -> CalibrationFiles.readDefaults(file))
                .isInstanceOf(CalibrationException.class)
                .hasMessage(file + ": not valid JSON (line 4, column 3)");
    }

    @Test
    void aDefaultsEntryWithoutASourceIsRejected() throws IOException {
        Path file = write("defaults.json", """
                {"format": "formcheck-calibration", "schema_version": 1, "kind": "defaults",
                 "thresholds": {"flags.debounce": {"value": 200, "unit": "ms", "min": 200, "max": 2000, "reason": "why"}}}
                """);

        assertThatThrownBy(() -> CalibrationFiles.readDefaults(file))
                .hasMessage(file + ": thresholds[\"flags.debounce\"].source is missing");
    }

    @Test
    void anOrderingThatTheDefaultsBreakIsRejected() throws IOException {
        Path file = write("defaults.json", """
                {"format": "formcheck-calibration", "schema_version": 1, "kind": "defaults",
                 "thresholds": {
                   "a.enter": {"value": 50, "unit": "deg", "min": 0, "max": 90, "reason": "r", "source": "s", "below": ["a.exit"]},
                   "a.exit": {"value": 40, "unit": "deg", "min": 0, "max": 90, "reason": "r", "source": "s"}}}
                """);

        assertThatThrownBy(() -> CalibrationFiles.readDefaults(file))
                .hasMessage(file + ": thresholds[\"a.enter\"].value: 50 deg must be below a.exit (40 deg)");
    }

    @Test
    void anOrderingNamingAnUnknownThresholdIsRejected() throws IOException {
        Path file = write("defaults.json", """
                {"format": "formcheck-calibration", "schema_version": 1, "kind": "defaults",
                 "thresholds": {
                   "a.enter": {"value": 30, "unit": "deg", "min": 0, "max": 90, "reason": "r", "source": "s", "below": ["a.exlt"]}}}
                """);

        assertThatThrownBy(() -> CalibrationFiles.readDefaults(file))
                .hasMessage(file + ": thresholds[\"a.enter\"].below: \"a.exlt\" is not a threshold in this file");
    }

    @Test
    void aNumberTooLargeForADoubleIsRejected() throws IOException {
        Path file = write("defaults.json", """
                {"format": "formcheck-calibration", "schema_version": 1, "kind": "defaults",
                 "thresholds": {"flags.debounce": {"value": 200, "unit": "ms", "min": 200, "max": 1e400, "reason": "r", "source": "s"}}}
                """);

        assertThatThrownBy(() -> CalibrationFiles.readDefaults(file))
                .hasMessage(file + ": thresholds[\"flags.debounce\"].max is too large a number");
    }

    @Test
    void aDuplicateFieldIsRejected() throws IOException {
        Path file = write("defaults.json", "{\"format\": \"formcheck-calibration\", \"format\": \"x\"}");

        assertThatThrownBy(() -> CalibrationFiles.readDefaults(file))
                .hasMessage(file + ": the field \"format\" appears twice (line 1, column 45)");
    }

    // ---- a user's calibration over the defaults ----

    @Test
    void aUserFileOverridesOneThresholdAndLeavesTheOthers() throws IOException {
        Path file = user("{\"push-up.elbow.bottom_max\": {\"value\": 100, \"reason\": \"I squat deep\"}}");

        UserCalibration loaded = load(file);

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.file()).contains(file);
        Thresholds t = loaded.thresholds();
        assertThat(t.get("push-up.elbow.bottom_max")).isEqualTo(new Threshold("push-up.elbow.bottom_max", 100, Unit.DEGREES,
                new Range(40, 150), "I squat deep", "your calibration, " + file));
        assertThat(t.byName()).hasSameSizeAs(CalibrationFiles.defaults().byName());
        CalibrationFiles.defaults().byName().forEach((name, d) -> {
            if (!name.equals("push-up.elbow.bottom_max")) {
                assertThat(t.get(name)).isEqualTo(d);
            }
        });
        assertThat(t.origin()).isEqualTo("calibration/defaults.json with " + file);
    }

    @Test
    void aForeignJsonFileGivesAClearWarningAndTheDefaults() throws IOException {
        Path file = write("calibration.json", "{\"name\": \"my-app\", \"version\": \"1.0.0\", \"dependencies\": {}}");

        UserCalibration loaded = load(file);

        assertThat(loaded.warnings()).containsExactly(file + ": not a FormCheck calibration file (it has no \"format\": "
                + "\"formcheck-calibration\"); using the defaults");
        assertThat(loaded.thresholds()).isSameAs(CalibrationFiles.defaults());
        assertThat(loaded.file()).isEmpty();
    }

    @Test
    void unreadableJsonInAUserFileGivesAClearWarningAndTheDefaults() throws IOException {
        Path file = write("calibration.json", "{\"format\": \"formcheck-calibration\", \"schema_version\": 1,");

        assertThat(load(file).warnings()).containsExactly(file + ": not valid JSON (line 1, column 57); using the defaults");
    }

    @Test
    void aUserValueOutOfRangeGivesAWarningNamingTheFieldAndTheRange() throws IOException {
        Path file = user("{\"flags.debounce\": {\"value\": 50}}");

        UserCalibration loaded = load(file);

        assertThat(loaded.warnings()).containsExactly(file + ": thresholds[\"flags.debounce\"].value: 50 ms is outside the "
                + "allowed range 200 to 2000 ms; using the default thresholds");
        assertThat(loaded.thresholds().micros("flags.debounce")).isEqualTo(200_000);
    }

    @Test
    void aUserValueThatClosesAHysteresisGapGivesAWarning() throws IOException {
        assertThat(load(user("{\"push-up.elbow.descent_max\": {\"value\": 155}}")).warnings()).containsExactly(dir.resolve("calibration.json")
                + ": thresholds[\"push-up.elbow.descent_max\"].value: 155 deg must be below push-up.elbow.top_min "
                + "(150 deg); using the default thresholds");
        assertThat(load(user("{\"push-up.elbow.top_min\": {\"value\": 130}}")).warnings()).containsExactly(dir.resolve("calibration.json")
                + ": thresholds[\"push-up.elbow.top_min\"].value: 130 deg must be above push-up.elbow.descent_max "
                + "(140 deg); using the default thresholds");
    }

    @Test
    void aUserFileCanMoveTwoOrderedThresholdsTogether() throws IOException {
        UserCalibration loaded = load(user("""
                {"push-up.elbow.top_min": {"value": 140}, "push-up.elbow.descent_max": {"value": 130},
                 "push-up.elbow.ascent_min": {"value": 115}}"""));

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.thresholds().degrees("push-up.elbow.descent_max")).isEqualTo(130);
    }

    @Test
    void aMisspelledThresholdGivesAWarning() throws IOException {
        Path file = user("{\"push-up.elbow.botom_max\": {\"value\": 100}}");

        assertThat(load(file).warnings()).containsExactly(file + ": thresholds[\"push-up.elbow.botom_max\"] is not a threshold "
                + "FormCheck knows (the names are those of calibration/defaults.json); using the default thresholds");
    }

    @Test
    void aWrongUnitGivesAWarning() throws IOException {
        Path file = user("{\"plank.grace\": {\"value\": 1.5, \"unit\": \"deg\"}}");

        assertThat(load(file).warnings()).containsExactly(file + ": thresholds[\"plank.grace\"].unit: \"deg\" is not this "
                + "threshold's unit, \"ms\"; using the default thresholds");
    }

    @Test
    void aNewerSchemaVersionGivesAWarning() throws IOException {
        Path file = write("calibration.json", "{\"format\": \"formcheck-calibration\", \"schema_version\": 2, \"kind\": \"user\", \"thresholds\": {}}");

        assertThat(load(file).warnings()).containsExactly(file + ": schema_version 2 is not one this FormCheck reads (it reads 1); "
                + "using the defaults");
    }

    @Test
    void aCopyOfTheDefaultsIsNotAUserCalibration() throws IOException {
        Path file = write("calibration.json", Files.readString(DEFAULTS));

        assertThat(load(file).warnings()).containsExactly(file + ": \"kind\" must be \"user\" in a user's calibration, found "
                + "\"defaults\"; using the defaults");
    }

    @Test
    void anEmptyFileADirectoryAndBinaryDataGiveWarnings() throws IOException {
        Path empty = write("empty.json", "");
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        Path binary = Files.write(dir.resolve("video.mp4"), new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', (byte) 0xff, 0x13});

        assertThat(load(empty).warnings()).containsExactly(empty + ": empty, not a FormCheck calibration file; using the defaults");
        assertThat(load(folder).warnings()).containsExactly(folder + ": is a directory, not a calibration file; using the defaults");
        assertThat(load(binary).warnings()).singleElement().satisfies(w -> assertThat(w)
                .startsWith(binary + ": not valid JSON").endsWith("; using the defaults").doesNotContain("\n"));
        assertThat(load(dir.resolve("missing.json")).warnings())
                .containsExactly(dir.resolve("missing.json") + ": no such file; using the defaults");
    }

    @Test
    void theCurrentUserWithoutACalibrationGetsTheDefaultsSilently() {
        withDataDirectory(dir, () -> {
            UserCalibration loaded = CalibrationFiles.forCurrentUser();
            assertThat(loaded.warnings()).isEmpty();
            assertThat(loaded.file()).isEmpty();
            assertThat(loaded.thresholds()).isSameAs(CalibrationFiles.defaults());
        });
    }

    @Test
    void theCurrentUsersCalibrationIsReadFromTheirDataDirectory() throws IOException {
        Path file = user("{\"plank.grace\": {\"value\": 1500}}");
        withDataDirectory(dir, () -> {
            assertThat(CalibrationFiles.userFile()).isEqualTo(file);
            UserCalibration loaded = CalibrationFiles.forCurrentUser();
            assertThat(loaded.warnings()).isEmpty();
            assertThat(loaded.thresholds().micros("plank.grace")).isEqualTo(1_500_000);
        });
    }

    @Test
    void theCurrentUsersCorruptCalibrationGivesAWarningNotACrash() throws IOException {
        Path file = write("calibration.json", "\u0000\u0001garbage");
        withDataDirectory(dir, () -> {
            UserCalibration loaded = CalibrationFiles.forCurrentUser();
            assertThat(loaded.warnings()).singleElement().satisfies(w -> assertThat(w).startsWith(file + ": not valid JSON"));
            assertThat(loaded.thresholds()).isSameAs(CalibrationFiles.defaults());
        });
    }

    private static void withDataDirectory(Path directory, Runnable body) {
        String before = System.getProperty(UserDataDirectory.PROPERTY);
        System.setProperty(UserDataDirectory.PROPERTY, directory.toString());
        try {
            body.run();
        } finally {
            if (before == null) {
                System.clearProperty(UserDataDirectory.PROPERTY);
            } else {
                System.setProperty(UserDataDirectory.PROPERTY, before);
            }
        }
    }

    // ---- the records ----

    @Test
    void aThresholdOutsideItsRangeCannotBeMade() {
        assertThatThrownBy(() -> new Threshold("push-up.elbow.bottom_max", 200, Unit.DEGREES, new Range(40, 150), "r", "s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("push-up.elbow.bottom_max: 200 deg is outside the allowed range 40 to 150 deg");
    }

    @Test
    void valuesAreReadInTheirOwnUnit() {
        Thresholds t = CalibrationFiles.defaults();

        assertThatThrownBy(() -> t.degrees("flags.debounce")).hasMessage("flags.debounce is in ms, not deg");
        assertThatThrownBy(() -> t.micros("push-up.elbow.bottom_max")).hasMessage("push-up.elbow.bottom_max is in deg, not ms");
        assertThatThrownBy(() -> t.get("squat.depth")).hasMessage("no threshold named squat.depth in calibration/defaults.json");
    }

    @Test
    void thresholdsThatBreakAnOrderingCannotBeMade() {
        Threshold low = new Threshold("a.low", 10, Unit.DEGREES, new Range(0, 90), "r", "s");
        Threshold high = new Threshold("a.high", 5, Unit.DEGREES, new Range(0, 90), "r", "s");

        assertThatThrownBy(() -> Thresholds.of("test", java.util.List.of(low, high),
                java.util.List.of(new Ordering("a.low", "a.high"))))
                .hasMessage("test: a.low: 10 deg must be below a.high (5 deg)");
    }

    @Test
    void theUserFileIsNamedInTheDataDirectory() {
        assertThat(CalibrationFiles.USER_FILE_NAME).isEqualTo("calibration.json");
        assertThat(Optional.of(CalibrationFiles.FORMAT)).contains("formcheck-calibration");
    }
}
