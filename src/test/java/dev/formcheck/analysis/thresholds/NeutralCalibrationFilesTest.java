package dev.formcheck.analysis.thresholds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The neutral blocks of a user's calibration, on disk: stored, merged, read back, and refused when wrong. */
class NeutralCalibrationFilesTest {
    private static final Path SCHEMA = SharedData.projectDir().resolve("calibration/schema/calibration-v1.schema.json");
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    private static final StanceNeutral STANCE = new StanceNeutral(
            new Provenance(AT, "video clip.mp4 (first 5 s)", 87, Optional.of("thunder")), CameraView.SIDE,
            172.4, 178.0, 2.1, new SegmentProportions(160.2, OptionalDouble.of(0.98), OptionalDouble.of(0.97),
            OptionalDouble.of(0.6), OptionalDouble.empty()));

    private static SittingBaseline sitting(Map<String, Double> metrics) {
        return new SittingBaseline(new Provenance(AT, "photo desk.jpg", 1, Optional.of("lightning")), CameraView.SIDE, metrics);
    }

    private static final SittingBaseline SITTING = sitting(Map.of(SittingBaseline.HEAD_LINE, 160.1,
            SittingBaseline.TRUNK_INCLINATION, -5.0));

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("calibration.json");
    }

    /** A user file with the given thresholds and neutral objects. */
    private Path user(String thresholds, String neutral) throws IOException {
        return Files.writeString(file(), """
                {"format": "formcheck-calibration", "schema_version": 1, "kind": "user",
                 "thresholds": %s, "neutral": %s}
                """.formatted(thresholds, neutral));
    }

    private static final String GOOD_STANCE = """
            {"measured_at": "2026-11-25T10:00:00Z", "source": "video clip.mp4", "frames": 87, "view": "SIDE",
             "head_line_deg": 172.4, "hip_line_deg": 178.0, "trunk_inclination_deg": 2.1,
             "segments": {"torso_px": 160.2, "thigh_ratio": 0.98, "shank_ratio": 0.97, "upper_arm_ratio": 0.6, "forearm_ratio": 0.5}}""";
    private static final String GOOD_SITTING = """
            {"measured_at": "2026-11-25T10:05:00Z", "source": "camera 0", "frames": 140, "view": "SIDE",
             "metrics": {"head_line_deg": 160.1, "trunk_inclination_deg": -5.0}}""";

    // ---- round trips and merging ----

    @Test
    void aStoredStanceReadsBackAsItWasAndFollowsTheSchema() throws IOException {
        CalibrationFiles.store(file(), STANCE);

        UserCalibration read = CalibrationFiles.loadUser(file());

        assertThat(read.warnings()).isEmpty();
        assertThat(read.stance()).contains(STANCE);
        assertThat(read.sitting()).isEmpty();
        assertThat(read.thresholds().byName()).isEqualTo(CalibrationFiles.defaults().byName());
        assertThat(read.neutralPosture()).isEqualTo(NeutralPosture.calibrated(172.4, 178.0));
        assertThat(read.file()).contains(file());
        assertThat(schema().validate(new ObjectMapper().readTree(file().toFile()))).isEmpty();
    }

    @Test
    void aStoredSittingBaselineKeepsMetricsItDoesNotKnow() throws IOException {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(SittingBaseline.HEAD_LINE, 160.1);
        metrics.put("shoulder_width_ratio", 0.42); // a front-view metric another feature adds
        CalibrationFiles.store(file(), sitting(metrics));

        UserCalibration read = CalibrationFiles.loadUser(file());

        assertThat(read.warnings()).isEmpty();
        assertThat(read.sitting()).contains(sitting(metrics));
        assertThat(read.sitting().orElseThrow().metric("shoulder_width_ratio")).contains(0.42);
        assertThat(read.stance()).isEmpty();
        assertThat(read.neutralPosture()).isEqualTo(NeutralPosture.defaults());
        assertThat(schema().validate(new ObjectMapper().readTree(file().toFile()))).isEmpty();
    }

    @Test
    void aStandingDeskBaselineIsABlockOfItsOwnBesideTheSittingOneAndFollowsTheSchema() throws IOException {
        user("{}", "{\"sitting\": " + GOOD_SITTING + "}");
        SittingBaseline standing = sitting(Map.of(SittingBaseline.HEAD_LINE, 170.0, "desk_near_hip_y_px", 300.0));

        CalibrationFiles.storeStandingDesk(file(), standing);
        UserCalibration read = CalibrationFiles.loadUser(file());

        assertThat(read.warnings()).isEmpty();
        assertThat(read.standingDesk()).contains(standing);
        assertThat(read.sitting().orElseThrow().metrics()).containsEntry(SittingBaseline.HEAD_LINE, 160.1);
        assertThat(read.file()).contains(file());
        assertThat(schema().validate(new ObjectMapper().readTree(file().toFile()))).isEmpty();

        user("{}", "{\"standing_desk\": {\"source\": \"camera 0\"}}");
        assertThat(CalibrationFiles.loadUser(file()).warnings()).singleElement().asString()
                .contains("neutral.standing_desk.measured_at is missing", "; using no standing-desk baseline");
    }

    @Test
    void storingOneBlockKeepsTheThresholdsAndTheOtherBlock() throws IOException {
        user("{\"push-up.elbow.bottom_max\": {\"value\": 100, \"reason\": \"I squat deep\"}}", "{\"sitting\": " + GOOD_SITTING + "}");
        SittingBaseline before = CalibrationFiles.loadUser(file()).sitting().orElseThrow();

        CalibrationFiles.store(file(), STANCE);
        UserCalibration read = CalibrationFiles.loadUser(file());

        assertThat(read.warnings()).isEmpty();
        assertThat(read.thresholds().degrees("push-up.elbow.bottom_max")).isEqualTo(100);
        assertThat(read.thresholds().get("push-up.elbow.bottom_max").reason()).isEqualTo("I squat deep");
        assertThat(read.sitting()).contains(before);
        assertThat(read.stance()).contains(STANCE);

        CalibrationFiles.store(file(), SITTING); // and the other way round
        UserCalibration again = CalibrationFiles.loadUser(file());
        assertThat(again.stance()).contains(STANCE);
        assertThat(again.sitting()).contains(SITTING);
        assertThat(again.thresholds().degrees("push-up.elbow.bottom_max")).isEqualTo(100);
    }

    @Test
    void storingKeepsAPartThatDoesNotValidateSoTheUserCanStillFixIt() throws IOException {
        user("{\"flags.debounce\": {\"value\": 50}}", "{}");

        CalibrationFiles.store(file(), STANCE);

        assertThat(Files.readString(file())).contains("\"flags.debounce\"").contains("50");
        UserCalibration read = CalibrationFiles.loadUser(file());
        assertThat(read.stance()).contains(STANCE);
        assertThat(read.warnings()).containsExactly(file() + ": thresholds[\"flags.debounce\"].value: 50 ms is outside "
                + "the allowed range 200 to 2000 ms; using the default thresholds");
    }

    @Test
    void aFileThatIsNotAUserCalibrationIsNeverOverwritten() throws IOException {
        String foreign = "{\"name\": \"my-app\", \"version\": \"1.0.0\"}";
        Files.writeString(file(), foreign);

        assertThatThrownBy(() -> CalibrationFiles.store(file(), STANCE))
                .isInstanceOf(CalibrationException.class)
                .hasMessage(file() + ": not a FormCheck calibration file (it has no \"format\": \"formcheck-calibration\")"
                        + "; not overwritten: fix or remove it, or store the calibration elsewhere with --out");
        assertThatThrownBy(() -> CalibrationFiles.checkStorable(file())).isInstanceOf(CalibrationException.class);
        assertThat(Files.readString(file())).isEqualTo(foreign);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file()); // no temporary file left beside it
        }
    }

    // ---- a block that cannot be used: a warning naming file and field, defaults for that block only ----

    @Test
    void aNeutralOutsideNeutralPosturesLimitsGivesAWarningAndTheDefaultNeutral() throws IOException {
        user("{\"plank.grace\": {\"value\": 1500}}", "{\"stance\": " + GOOD_STANCE.replace("172.4", "250") + ", "
                + "\"sitting\": " + GOOD_SITTING + "}");

        UserCalibration read = CalibrationFiles.loadUser(file());

        assertThat(read.warnings()).containsExactly(file() + ": neutral.stance.head_line_deg: 250 deg is outside the "
                + "allowed range 130 to 210 deg; using the default neutral posture");
        assertThat(read.stance()).isEmpty();
        assertThat(read.neutralPosture()).isEqualTo(NeutralPosture.defaults());
        assertThat(read.sitting()).isPresent();
        assertThat(read.thresholds().micros("plank.grace")).isEqualTo(1_500_000);
        assertThat(read.file()).contains(file());
    }

    @Test
    void eachBrokenFieldOfAStanceIsNamed() throws IOException {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put(GOOD_STANCE.replace("178.0", "140"),
                "neutral.stance.hip_line_deg: 140 deg is outside the allowed range 160 to 200 deg");
        cases.put(GOOD_STANCE.replace("\"trunk_inclination_deg\": 2.1", "\"trunk_inclination_deg\": -45"),
                "neutral.stance.trunk_inclination_deg: -45 deg is outside the allowed range -30 to 30 deg");
        cases.put(GOOD_STANCE.replace("\"SIDE\"", "\"FRONT\""), "neutral.stance.view: \"FRONT\" is not one of OBLIQUE, SIDE");
        cases.put(GOOD_STANCE.replace("87", "\"many\""),
                "neutral.stance.frames must be a whole number of frames, at least 1, found \"many\"");
        cases.put(GOOD_STANCE.replace("2026-11-25T10:00:00Z", "yesterday"),
                "neutral.stance.measured_at: \"yesterday\" is not a UTC time such as 2026-11-25T10:00:00Z");
        cases.put(GOOD_STANCE.replace("\"forearm_ratio\": 0.5", "\"forearm_ratio\": 7"),
                "neutral.stance.segments.forearm_ratio: 7 ratio is outside the allowed range 0.1 to 2 ratio");
        cases.put(GOOD_STANCE.replace("\"head_line_deg\": 172.4", "\"head_line\": 172.4"),
                "neutral.stance: unknown field \"head_line\" (allowed: frames, head_line_deg, hip_line_deg, measured_at, "
                        + "model, segments, source, trunk_inclination_deg, view)");
        cases.put("[1, 2]", "neutral.stance must be an object, found [1,2]");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            user("{}", "{\"stance\": " + c.getKey() + "}");

            UserCalibration read = CalibrationFiles.loadUser(file());

            assertThat(read.warnings()).as(c.getKey())
                    .containsExactly(file() + ": " + c.getValue() + "; using the default neutral posture");
            assertThat(read.stance()).isEmpty();
            assertThat(read.file()).as("thresholds were read").contains(file());
        }
    }

    @Test
    void aSittingMetricThatIsNotANumberGivesAWarningAndNoBaseline() throws IOException {
        user("{}", "{\"stance\": " + GOOD_STANCE + ", \"sitting\": "
                + GOOD_SITTING.replace("160.1", "\"upright\"") + "}");

        UserCalibration read = CalibrationFiles.loadUser(file());

        assertThat(read.warnings()).containsExactly(file() + ": neutral.sitting.metrics.head_line_deg must be a finite "
                + "number, found \"upright\"; using no sitting baseline");
        assertThat(read.sitting()).isEmpty();
        assertThat(read.stance()).isPresent();
    }

    @Test
    void aNeutralThatIsNotAnObjectOrHasStrangeBlocksGivesWarnings() throws IOException {
        user("{}", "\"upright\"");
        assertThat(CalibrationFiles.loadUser(file()).warnings()).containsExactly(file() + ": \"neutral\" must be an "
                + "object with \"stance\" and \"sitting\", found \"upright\"; using the default neutral posture and no "
                + "sitting baseline");

        user("{}", "{\"lying\": {}, \"stance\": " + GOOD_STANCE + "}");
        UserCalibration read = CalibrationFiles.loadUser(file());
        assertThat(read.warnings()).containsExactly(file() + ": neutral: unknown field \"lying\" (allowed: sitting, "
                + "stance, standing_desk); ignored");
        assertThat(read.stance()).isPresent();
    }

    @Test
    void anotherSchemaVersionIgnoresTheNeutralToo() throws IOException {
        Files.writeString(file(), """
                {"format": "formcheck-calibration", "schema_version": 2, "kind": "user", "thresholds": {},
                 "neutral": {"stance": %s}}""".formatted(GOOD_STANCE));

        UserCalibration read = CalibrationFiles.loadUser(file());

        assertThat(read.warnings()).containsExactly(file() + ": schema_version 2 is not one this FormCheck reads "
                + "(it reads 1); using the defaults");
        assertThat(read.stance()).isEmpty();
        assertThat(read.file()).isEmpty();
    }

    @Test
    void aUserFileWithOnlyThresholdsHasNoNeutral() throws IOException {
        Files.writeString(file(), "{\"format\": \"formcheck-calibration\", \"schema_version\": 1, \"kind\": \"user\", "
                + "\"thresholds\": {\"plank.grace\": {\"value\": 1500}}}");

        UserCalibration read = CalibrationFiles.loadUser(file());

        assertThat(read.warnings()).isEmpty();
        assertThat(read.stance()).isEmpty();
        assertThat(read.sitting()).isEmpty();
        assertThat(read.neutralPosture()).isEqualTo(NeutralPosture.defaults());
    }

    @Test
    void theDefaultsCannotCarryANeutralAndTheSchemaSaysSo() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String defaults = Files.readString(SharedData.projectDir().resolve("calibration/defaults.json"));
        String withNeutral = defaults.replaceFirst("\"thresholds\"", "\"neutral\": {}, \"thresholds\"");

        assertThat(schema().validate(json.readTree(withNeutral))).isNotEmpty();
        assertThat(schema().validate(json.readTree(user("{}", "{\"stance\": "
                + GOOD_STANCE.replace("\"SIDE\"", "\"FRONT\"") + "}").toFile()))).isNotEmpty();
        assertThat(schema().validate(json.readTree(user("{}", "{\"stance\": " + GOOD_STANCE + ", \"sitting\": "
                + GOOD_SITTING + "}").toFile()))).isEmpty();
    }

    @Test
    void theStoredTrunkLimitIsTheWidestToleranceCalibrateAccepts() {
        assertThat(StanceNeutral.MAX_TRUNK_INCLINATION)
                .isEqualTo(CalibrationFiles.defaults().get("calibrate.stance.trunk_max").allowed().max());
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
