package dev.formcheck.cli;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.SittingBaseline;
import dev.formcheck.analysis.thresholds.StanceNeutral;
import dev.formcheck.analysis.thresholds.UserCalibration;
import dev.formcheck.common.UserDataDirectory;
import dev.formcheck.desk.CameraFrame;
import dev.formcheck.desk.SittingBlocks;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

/** {@code calibrate} end to end, in process: real video and photos in, the user's calibration file out. */
class CalibrateCommandTest {
    static final Path SAMPLE = SharedData.projectDir().resolve("test-videos/squat-side-synthetic.mp4");
    /** The sample's body stands still for its first second, then squats (test-videos/README.md). */
    static final String STANDING_SECONDS = "1";
    /** The synthetic body's own lines standing side-on, from its true keypoints (docs/kinematics.md). */
    static final double BODY_HEAD_LINE = 176.9;
    static final double BODY_HIP_LINE = 180.2;
    /**
     * How far Thunder's reading of the rendered body may lie from its true lines. Measured on the
     * sample's first second: head line 180.2 (3.3 off), hip line 178.1 (2.1 off); on another render
     * of the same body docs/kinematics.md has 184.3 and 179.2. Lightning reads the head line 14
     * degrees high here, which is why a neutral is stored with its model.
     */
    static final double THUNDER_TOLERANCE = 5;
    static final Path SITTING_PHOTO = SharedData.resolve("images/sitting/straight_hf.jpg");
    /** Standing, facing the camera (labels.csv: view front). */
    static final Path FRONT_PHOTO = SharedData.resolve("images/exercises/squat-Bodyweight_Squat-0.jpg");

    @TempDir
    Path dir;

    private Path userFile() {
        return dir.resolve("data").resolve(CalibrationFiles.USER_FILE_NAME);
    }

    @Test
    void theSamplesStandingSecondGivesTheBodysLinesStoredInTheUsersOwnFile() {
        CliRun run = withDataDirectory(() -> CliRun.of("calibrate", "--video", SAMPLE.toString(),
                "--seconds", STANDING_SECONDS, "--pose", "stance", "--model", "thunder"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Stored your standing neutral in " + userFile() + " (30 of 30 frames, side view).")
                .contains("head line (ear-shoulder-hip)", "Measured with MoveNet thunder");
        UserCalibration read = CalibrationFiles.loadUser(userFile());
        assertThat(read.warnings()).isEmpty();
        StanceNeutral stance = read.stance().orElseThrow();
        assertThat(stance.headLineDegrees()).isCloseTo(BODY_HEAD_LINE, within(THUNDER_TOLERANCE));
        assertThat(stance.hipLineDegrees()).isCloseTo(BODY_HIP_LINE, within(THUNDER_TOLERANCE));
        assertThat(stance.view()).isEqualTo(CameraView.SIDE);
        assertThat(stance.provenance().source()).isEqualTo("video squat-side-synthetic.mp4 (first 1 s)");
        assertThat(stance.provenance().model()).contains("thunder");
        assertThat(read.neutralPosture().isCalibrated()).isTrue();
    }

    @Test
    @RequiresSharedData
    void sittingUprightOnAPhotoStoresASideBaselineAndKeepsTheRestOfTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.json"), """
                {"format": "formcheck-calibration", "schema_version": 1, "kind": "user",
                 "thresholds": {"plank.grace": {"value": 1500, "reason": "I wobble"}},
                 "neutral": {"stance": {"measured_at": "2026-11-25T10:00:00Z", "source": "camera 0", "frames": 87,
                   "view": "SIDE", "head_line_deg": 172.4, "hip_line_deg": 178.0, "trunk_inclination_deg": 2.1,
                   "segments": {"torso_px": 160.2}}}}""");
        StanceNeutral stance = CalibrationFiles.loadUser(file).stance().orElseThrow();

        CliRun run = CliRun.of("calibrate", "--images", SITTING_PHOTO.toString(), "--pose", "sitting",
                "--calibration", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Stored your upright sitting baseline in " + file + " (1 of 1 frame, side view).");
        UserCalibration read = CalibrationFiles.loadUser(file);
        assertThat(read.warnings()).isEmpty();
        SittingBaseline sitting = read.sitting().orElseThrow();
        assertThat(sitting.view()).isEqualTo(CameraView.SIDE);
        assertThat(sitting.metrics()).containsKeys(SittingBaseline.HEAD_LINE, SittingBaseline.TRUNK_INCLINATION);
        // and the desk monitor's own side-view baseline (PostureCommandTest uses it)
        assertThat(sitting.metrics().keySet().stream().filter(k -> !k.startsWith("desk_")))
                .containsExactlyInAnyOrder(SittingBaseline.HEAD_LINE, SittingBaseline.TRUNK_INCLINATION);
        assertThat(sitting.provenance().source()).isEqualTo("photo straight_hf.jpg");
        assertThat(SittingBlocks.frame(sitting)).contains(new CameraFrame(720, 1280)); // the photo's size, for posture to check
        assertThat(read.stance()).contains(stance);
        assertThat(read.thresholds().get("plank.grace").reason()).isEqualTo("I wobble");
    }

    @Test
    @RequiresSharedData
    void aStanceFromTheFrontIsRejectedWithWhatToDoAndNothingIsWritten() {
        Path out = dir.resolve("cal.json");

        CliRun run = CliRun.of("calibrate", "--images", FRONT_PHOTO.toString(), "--pose", "stance", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err()).isEqualTo("formcheck: Too few photos to calibrate from: 0 of 1 qualified, 1 needed (most "
                + "often: the camera saw you from the front or back). Stand side-on to the camera, upright, so your "
                + "ear, shoulder, hip, knee and ankle are in view. Nothing was stored." + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingCameraIsOneClearMessage() {
        assumeThat(System.getProperty("os.name")).startsWith("Linux");
        Path out = dir.resolve("cal.json");

        CliRun run = CliRun.of("calibrate", "--camera", "97", "--pose", "stance", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err()).isEqualTo("formcheck: no camera at /dev/video97 (no such device); is a webcam connected?"
                + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void aFileThatIsNotACalibrationIsRefusedBeforeAnyMeasuringAndLeftAsItWas() throws IOException {
        String foreign = "{\"name\": \"my-app\"}";
        Path out = Files.writeString(dir.resolve("package.json"), foreign);

        CliRun run = CliRun.of("calibrate", "--video", SAMPLE.toString(), "--pose", "stance", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err()).isEqualTo("formcheck: " + out + ": not a FormCheck calibration file (it has no \"format\": "
                + "\"formcheck-calibration\"); not overwritten: fix or remove it, or store the calibration elsewhere "
                + "with --out" + System.lineSeparator());
        assertThat(Files.readString(out)).isEqualTo(foreign);
    }

    @Test
    void aBrokenCalibrationIsOneWarningAndCalibrateStillStoresElsewhere() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": ");
        Path out = dir.resolve("fresh.json");

        CliRun run = CliRun.of("calibrate", "--video", SAMPLE.toString(), "--seconds", "0.5", "--pose", "stance",
                "--calibration", broken.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("formcheck: warning: " + broken + ": not valid JSON").endsWith("; using the defaults");
        assertThat(CalibrationFiles.loadUser(out).stance()).isPresent();
        assertThat(Files.readString(broken)).isEqualTo("{\"format\": ");
    }

    @Test
    void analyzeReadsTheCalibrationAndWarnsOnceWhenItCannotUseIt() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "[]");

        CliRun run = CliRun.of("analyze", SAMPLE.toString(), "--stride", "30", "--calibration", broken.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("formcheck: warning: " + broken + ": not a FormCheck calibration file (it has no "
                + "\"format\": \"formcheck-calibration\"); using the defaults" + System.lineSeparator());
        assertThat(run.out()).contains("squat-side-synthetic.mp4: 20 frames");
    }

    @Test
    void aDurationThatIsNotPositiveIsAUsageError() {
        CliRun run = CliRun.of("calibrate", "--video", SAMPLE.toString(), "--pose", "stance", "--seconds", "0");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).startsWith("formcheck: --seconds must be positive, not 0.0");
    }

    /** Runs {@code body} with the user data directory in the test's temporary directory. */
    private <T> T withDataDirectory(Supplier<T> body) {
        String before = System.getProperty(UserDataDirectory.PROPERTY);
        System.setProperty(UserDataDirectory.PROPERTY, dir.resolve("data").toString());
        try {
            return body.get();
        } finally {
            if (before == null) {
                System.clearProperty(UserDataDirectory.PROPERTY);
            } else {
                System.setProperty(UserDataDirectory.PROPERTY, before);
            }
        }
    }
}
