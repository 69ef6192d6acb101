package dev.formcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code posture} as a user runs it: photos judged against baseline photos, and the mistakes a user can make. */
class PostureCommandTest {
    static Path sitting(String name) {
        return SharedData.resolve("images/sitting/" + name);
    }

    static Path front(String name) {
        return SharedData.resolve("images/desk-front/" + name);
    }

    @Test
    @RequiresSharedData
    void eachPhotoIsJudgedAloneAgainstTheBaselineOneLineEach() {
        CliRun run = CliRun.of("posture", "--images", sitting("hunchback.jpg").toString(), sitting("recline_flip.jpg").toString(),
                sitting("straight_flip.jpg").toString(), "--baseline", sitting("straight_hf.jpg").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(3);
        assertThat(run.out().lines().toList().get(0)).contains("hunchback.jpg: SLOUCHED (side view)", "trunk_lean_deg");
        assertThat(run.out().lines().toList().get(1)).contains("recline_flip.jpg: LEANING back (side view)");
        assertThat(run.out().lines().toList().get(2)).contains("straight_flip.jpg: UPRIGHT (side view)");
    }

    @Test
    @RequiresSharedData
    void jsonHasOneResultPerPhotoWithStateViewAndMetrics() throws Exception {
        CliRun run = CliRun.of("posture", "--json", "--images", front("slouched-00.jpg").toString(), front("upright-09.jpg").toString(),
                "--baseline", front("upright-00.jpg").toString(), front("upright-01.jpg").toString(), front("upright-02.jpg").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("file").asText()).endsWith("slouched-00.jpg");
        assertThat(results.get(0).get("state").asText()).isEqualTo("SLOUCHED");
        assertThat(results.get(0).get("view").asText()).isEqualTo("front");
        assertThat(results.get(0).get("metrics").get("head_drop").asDouble()).isGreaterThan(0.2);
        assertThat(results.get(1).get("state").asText()).isEqualTo("UPRIGHT");
        assertThat(results.get(1).has("lean")).isFalse();
    }

    @Test
    @RequiresSharedData
    void aPhotoInAnotherViewThanTheBaselineIsNotJudgedAndSaysWhy() {
        CliRun run = CliRun.of("posture", "--images", front("upright-05.jpg").toString(), "--baseline", sitting("straight_hf.jpg").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("UNKNOWN (front view): the camera sees a front view, the baseline is a side view");
    }

    @Test
    @RequiresSharedData
    void aBaselineMixingViewsIsRefusedWithWhichPhoto() {
        CliRun run = CliRun.of("posture", "--images", front("upright-05.jpg").toString(),
                "--baseline", front("upright-00.jpg").toString(), sitting("straight_hf.jpg").toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).startsWith("formcheck: --baseline: 2 baseline photos: photo 2 is a side view, photo 1 a front view");
        assertThat(run.errLines()).isLessThanOrEqualTo(3);
    }

    @Test
    void aVideoRunsTheMonitorOnItsOwnClockAndPrintsASummary() {
        Path video = SharedData.projectDir().resolve("test-videos/squat-side-synthetic.mp4");
        CliRun run = CliRun.of("posture", "--video", video.toString(), "--fast", "--minutes", "0.25");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("no baseline given: sit upright for a few seconds",
                "watching (side view, baseline: the first seconds of this run)", "summary for ");
        // 15 s of video at 2 fps, 3 s of it for the baseline: the time accounted is the video's
        java.util.regex.Pattern stateLine = java.util.regex.Pattern.compile("\\s+[a-z ]+?\\s+([0-9.]+) min");
        double minutes = run.out().lines().map(stateLine::matcher).filter(java.util.regex.Matcher::matches)
                .mapToDouble(m -> Double.parseDouble(m.group(1))).sum();
        assertThat(run.out()).doesNotContain("UPRIGHT").doesNotContain("CAMERA_BUSY");
        assertThat(minutes).isBetween(0.15, 0.25);
    }

    @Test
    @RequiresSharedData
    void aFrontWebcamSittingCalibrationStoresTheDeskBaselineThatPostureThenUses(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path file = dir.resolve("calibration.json");
        CliRun calibrate = CliRun.of("calibrate", "--pose", "sitting", "--calibration", file.toString(), "--images",
                front("upright-00.jpg").toString(), front("upright-01.jpg").toString(), front("upright-02.jpg").toString());
        assertThat(calibrate.exitCode()).as(calibrate.err()).isZero();
        assertThat(calibrate.out()).contains("front view", "desk monitor measures");
        CliRun run = CliRun.of("posture", "--calibration", file.toString(), "--images",
                front("slouched-05.jpg").toString(), front("upright-12.jpg").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList().get(0)).contains("slouched-05.jpg: SLOUCHED (front view)");
        assertThat(run.out().lines().toList().get(1)).contains("upright-12.jpg: UPRIGHT (front view)");
    }

    @Test
    @RequiresSharedData
    void aSideOnSittingCalibrationKeepsItsAnglesAndAddsTheDeskBaseline(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("calibration.json");
        CliRun calibrate = CliRun.of("calibrate", "--pose", "sitting", "--calibration", file.toString(), "--images",
                sitting("straight_hf.jpg").toString());
        assertThat(calibrate.exitCode()).as(calibrate.err()).isZero();
        String stored = java.nio.file.Files.readString(file);
        assertThat(stored).contains("head_line_deg", "desk_trunk_inclination_deg", "desk_trunk_length_px");
        CliRun run = CliRun.of("posture", "--calibration", file.toString(), "--images", sitting("hunchback_flip.jpg").toString(),
                sitting("recline_hf.jpg").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("hunchback_flip.jpg: SLOUCHED (side view)", "recline_hf.jpg: LEANING back (side view)");
    }

    @Test
    void imagesWithoutABaselineAreAUsageError(@org.junit.jupiter.api.io.TempDir Path dir) {
        CliRun run = CliRun.of("posture", "--images", "a.jpg", "--calibration", dir.resolve("none.json").toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains("formcheck: --images needs a baseline: --baseline with one or more photos of you "
                + "sitting upright, taken by the same camera, or calibrate --pose sitting first");
    }

    @Test
    void oneSourceIsRequiredAndOnlyOne() {
        assertThat(CliRun.of("posture").err()).contains("Error: Missing required argument");
        CliRun both = CliRun.of("posture", "--camera", "0", "--video", "x.mp4");
        assertThat(both.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void withoutADisplayAVideoRunSaysOnceWhyThereIsNoTrayAndRemindsOnTheConsole() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.awt.GraphicsEnvironment.isHeadless(),
                "skipped: this JVM has a display; the headless case needs none");
        Path video = SharedData.projectDir().resolve("test-videos/squat-side-synthetic.mp4");
        CliRun run = CliRun.of("posture", "--video", video.toString(), "--fast", "--minutes", "0.1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> l.contains("system tray")).toList())
                .containsExactly("formcheck: system tray unavailable: there is no display (headless)");
        assertThat(run.out()).contains("reminders: on this console only");

        CliRun noTray = CliRun.of("posture", "--video", video.toString(), "--fast", "--minutes", "0.1", "--no-tray");
        assertThat(noTray.exitCode()).as(noTray.err()).isZero();
        assertThat(noTray.err()).doesNotContain("system tray");
    }

    @Test
    void trayAndSoundOptionsGoWithAMonitoringRunNotWithPhotos() {
        CliRun run = CliRun.of("posture", "--images", "a.jpg", "--baseline", "b.jpg", "--sound");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains("--sound goes with --camera or --video: --images sends no reminders");
    }

    @Test
    void jsonGoesWithPhotosNotWithAMonitoringRun() {
        for (String[] args : new String[][] {{"posture", "--camera", "0", "--json"},
                {"posture", "--video", "x.mp4", "--fast", "--json"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
            assertThat(run.err()).startsWith("formcheck: --json goes with --images: a run with --camera or --video "
                    + "reports on the console as it goes");
        }
    }

    @Test
    void anOptionPostureDoesNotHaveIsUnknownNotAFileAfterAList() {
        CliRun run = CliRun.of("posture", "--images", "a.jpg", "--baseline", "b.jpg", "--fps", "5");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains("Unknown option: '--fps'").doesNotContain("file not found");
    }

    @Test
    void aMissingCameraIsSaidFirstWithoutTheBaselineAdvice() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux")
                && !java.nio.file.Files.exists(Path.of("/dev/video7")), "needs Linux with no /dev/video7");
        CliRun run = CliRun.of("posture", "--camera", "7", "--minutes", "0.1");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err()).contains("no camera at /dev/video7 (no such device)");
        assertThat(run.out()).as("advice for a camera that is not there").doesNotContain("sit upright");
    }

    @Test
    void badQuietHoursAreAUsageErrorThatShowsTheForm() {
        CliRun run = CliRun.of("posture", "--camera", "0", "--quiet-hours", "late");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains("--quiet-hours: quiet hours are written HH:MM-HH:MM (22:00-07:00), not \"late\"");
    }

    @Test
    void asCameraGoesWithAVideoPacedAtRealTimeOnly() {
        for (String[] args : new String[][] {{"posture", "--camera", "0", "--as-camera"},
                {"posture", "--video", "x.mp4", "--fast", "--as-camera"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
            assertThat(run.err()).startsWith("formcheck: --as-camera goes with --video, without --fast");
        }
        assertThat(CliRun.of("posture", "--help").out()).as("a test hook, not a user's option").doesNotContain("--as-camera");
    }
}
