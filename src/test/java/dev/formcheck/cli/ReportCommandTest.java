package dev.formcheck.cli;

import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.pose.ModelFiles;
import dev.formcheck.records.SessionRecord;
import dev.formcheck.records.SessionStore;
import dev.formcheck.session.ExerciseJudging;
import dev.formcheck.session.LiveRecorder;
import dev.formcheck.session.SquatFrames;
import dev.formcheck.session.WorkoutSession;
import dev.formcheck.session.WorkoutSettings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code report SESSION}: a kept session as the same HTML report {@code analyze --report} makes,
 * key frames from the video while it is there and a note when it is not.
 */
class ReportCommandTest {
    private static final Instant START = Instant.parse("2026-12-07T18:00:00Z");

    @TempDir
    Path dir;

    /** A live workout of three quarter squats (each flagged too shallow) kept in {@code data}. */
    private static SessionRecord liveWorkout(Path data) {
        WorkoutSession session = new WorkoutSession(new ExerciseJudging("squat", Load.BODYWEIGHT, CalibrationFiles.defaults(),
                NeutralPosture.defaults()), WorkoutSettings.defaults());
        LiveRecorder recorder = LiveRecorder.start(new SessionStore(data), "camera 0", "movenet-lightning", "shipped defaults",
                "squat", START);
        SquatFrames.squatsTo(35, 0, 14, 4, 2, 5, 8).forEach(f -> recorder.update(session.next(f)));
        return recorder.finish(session.finish(), Optional.empty(), START.plusSeconds(14)).orElseThrow();
    }

    @Test
    void aLiveWorkoutsReportSaysWhatWasKeptAndThatALiveWorkoutKeepsNoVideo() throws IOException {
        Path data = dir.resolve("data");
        SessionRecord kept = liveWorkout(data);
        Path report = dir.resolve("live.html");
        CliRun run = CliRun.of("report", "last", "--data", data.toString(), "--out", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("session " + kept.id() + ": report written to " + report)
                .contains("No key frames: a live workout keeps no video");
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>Squat</h1>").contains("3 reps in 1 set.").contains("About this report")
                .contains("Made from the session kept on").contains(kept.id()).contains("a live workout from camera 0")
                .contains("No key frames: a live workout keeps no video")
                .contains("Squat not deep enough: 3 times, in reps 1, 2, 3")
                .contains("above parallel at the bottom, aim for 15° or lower") // the reading that raised the cue, kept live
                .doesNotContain("not measured")
                .contains("Each rep&#39;s depth").contains("<polyline")
                .contains("FormCheck is not a medical device.");
        assertThat(Pattern.compile("<tr><td>\\d+</td><td>1</td>").matcher(html).results().count()).as("a row per rep").isEqualTo(3);
        assertThat(html).doesNotContain("Key frames</h2>").doesNotContain("SHALLOW_DEPTH").doesNotContain("_");
        AnalyzeReportCommandTest.assertSelfContained(html);
    }

    @Test
    void anUnknownSessionIsNamedWithWhereToFindTheIds() {
        Path data = dir.resolve("data");
        liveWorkout(data);
        CliRun run = CliRun.of("report", "20990101-000000-beef", "--data", data.toString(), "--out", dir.resolve("r.html").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No session '20990101-000000-beef' in " + data.resolve("sessions"))
                .contains("'formcheck history' lists the sessions kept").doesNotContain("\tat ");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void noSessionsYetIsSaidPlainly() {
        CliRun run = CliRun.of("report", "last", "--data", dir.resolve("empty").toString(), "--out", dir.resolve("r.html").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No sessions kept yet").doesNotContain("\tat ");
    }

    @Test
    void aDamagedSessionIsNamedWithWhyAndLeftAsItIs() throws IOException {
        Path sessions = dir.resolve("data/sessions");
        Files.createDirectories(sessions);
        Path damaged = sessions.resolve("20261207-180000-abcd.json");
        Files.writeString(damaged, "{\"format\": \"formcheck-session\", \"schema_version\": 1, \"events\": [");
        CliRun run = CliRun.of("report", "20261207-180000-abcd", "--data", dir.resolve("data").toString(),
                "--out", dir.resolve("r.html").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Session 20261207-180000-abcd cannot be read: 20261207-180000-abcd.json: ")
                .doesNotContain("\tat ");
        assertThat(Files.readString(damaged)).endsWith("\"events\": [");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void anAnalysedVideosReportHasItsKeyFramesWhileTheVideoIsThereAndANoteOnceItIsGone() throws IOException,
            InterruptedException {
        Path video = dir.resolve("my squats.mp4");
        Files.copy(AnalyzeExerciseCommandTest.SAMPLE, video);
        CliRun analysed = CliRun.of("analyze", video.toString(), "--exercise", "squat");
        assertThat(analysed.exitCode()).as(analysed.err()).isZero();
        Matcher id = Pattern.compile("kept in your history as session (\\S+)").matcher(analysed.out());
        assertThat(id.find()).as(analysed.out()).isTrue();

        Files.createDirectories(AnalyzeReportCommandTest.SCREENSHOTS);
        Path report = AnalyzeReportCommandTest.SCREENSHOTS.resolve("report-kept-session.html").toAbsolutePath();
        CliRun run = CliRun.of("report", id.group(1), "--out", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>Squat</h1>").contains("my squats.mp4").contains("7 reps in 1 set.")
                .contains("No form fault was flagged.").contains("filmed side-on").contains("an analysed video")
                .contains("Key frames</h2>").contains("Set 1, its deepest rep").contains("data:image/jpeg;base64,")
                .contains("knee ").as("what could not be judged, as analyze --report says it")
                .contains("What FormCheck could not see well").contains("could be judged in only");
        assertThat(html).doesNotContain("No key frames").doesNotContain("_")
                .as("a kept session keeps no outline, so its key frames do not promise one").doesNotContain("outline of your lower");
        AnalyzeReportCommandTest.assertSelfContained(html);

        Path chromium = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(chromium)) {
            Path screenshot = AnalyzeReportCommandTest.SCREENSHOTS.resolve("report-kept-session.png").toAbsolutePath();
            Files.deleteIfExists(screenshot);
            List<String> requests = AnalyzeReportCommandTest.openInChromium(chromium, report, screenshot, 1000, 2600);
            assertThat(requests).allMatch(r -> AnalyzeReportCommandTest.BROWSER_OWN.matcher(r).find());
            BufferedImage shot = ImageIO.read(screenshot.toFile());
            assertThat(AnalyzeReportCommandTest.distinctColours(shot)).as("a rendered page").isGreaterThan(200);
        }

        Path noModels = Files.createDirectories(dir.resolve("no models here"));
        Path modelGone = dir.resolve("model gone.html");
        String configured = System.getProperty(ModelFiles.PROPERTY);
        System.setProperty(ModelFiles.PROPERTY, noModels.toString());
        CliRun withoutModel;
        try {
            withoutModel = CliRun.of("report", id.group(1), "--out", modelGone.toString());
        } finally {
            if (configured == null) {
                System.clearProperty(ModelFiles.PROPERTY);
            } else {
                System.setProperty(ModelFiles.PROPERTY, configured);
            }
        }
        assertThat(withoutModel.exitCode()).as("a missing model leaves the key frames out, not the report: " + withoutModel.err())
                .isZero();
        assertThat(withoutModel.out()).contains("No key frames: the pose model that finds the body on them could not be opened");
        assertThat(Files.readString(modelGone, StandardCharsets.UTF_8)).doesNotContain("Key frames</h2>")
                .contains("could not be opened").contains("7 reps in 1 set.");

        Files.delete(video);
        Path without = dir.resolve("gone.html");
        CliRun again = CliRun.of("report", id.group(1), "--out", without.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readString(without, StandardCharsets.UTF_8))
                .contains("No key frames: the video it was made from (" + video.toAbsolutePath() + ") is no longer there.")
                .doesNotContain("Key frames</h2>").contains("7 reps in 1 set.");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "skipped the Chromium half: /usr/bin/chromium is missing");
    }
}
