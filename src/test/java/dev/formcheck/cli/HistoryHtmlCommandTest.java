package dev.formcheck.cli;

import dev.formcheck.desk.DailySummary;
import dev.formcheck.desk.DailySummaryFiles;
import dev.formcheck.desk.DeskRun;
import dev.formcheck.records.SessionEvent;
import dev.formcheck.records.SessionLog;
import dev.formcheck.records.SessionRecord;
import dev.formcheck.records.SessionStore;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code history --html}: a few synthetic weeks of sessions and desk days, generated through the
 * real record and desk files, render as one self-contained page with SVG charts, opened in headless
 * Chromium (screenshot under target/screenshots).
 */
class HistoryHtmlCommandTest {
    @TempDir
    Path data;

    /** A finished session through the real log: {@code reps} reps of {@code exercise}, the first {@code flagged} rounded. */
    private static void session(SessionStore store, LocalDate day, String exercise, int reps, int flagged) {
        Instant at = day.atTime(18, 0).atZone(ZoneId.systemDefault()).toInstant();
        SessionLog log = SessionLog.start(store, new SessionEvent.Started(SessionRecord.SCHEMA_VERSION, SessionStore.newId(at),
                "live-workout", at, "camera 0", exercise, "test", "movenet-lightning", "shipped defaults"));
        for (int i = 1; i <= reps; i++) {
            log.append(new SessionEvent.Rep(1, i, null, 2.0 * i, 80, 85, 2.5, 10.0, "outline"));
        }
        for (int i = 1; i <= flagged; i++) {
            log.append(new SessionEvent.Fault(1, i, "ROUNDED_BACK", 2.0 * i, 2.0 * i + 0.5, 26.0, 20.0, "deg", "outline", 0.7));
        }
        log.append(new SessionEvent.SetEnded(1, 0, 2.0 * reps, reps, 0, 0));
        log.finish(at.plusSeconds(300), null);
    }

    private static void deskDay(DailySummaryFiles desk, LocalDate day, long uprightMinutes, long slouchedMinutes) {
        desk.save(new DeskRun("run-" + day, Optional.empty(), new DailySummary(day, Map.of("UPRIGHT", uprightMinutes * 60_000,
                "SLOUCHED", slouchedMinutes * 60_000), 0, 0, 0, List.of(), Instant.EPOCH)));
    }

    @Test
    void aFewSyntheticWeeksRenderAsChartsWithTheBuildUpWarningInChromium() throws IOException, InterruptedException {
        LocalDate today = LocalDate.now();
        SessionStore store = new SessionStore(data);
        // squats: 20, 21 (5% up), 30 (43% up: the warning), 31 reps a week; fewer flags each week
        session(store, today.minusDays(21), "squat", 20, 8);
        session(store, today.minusDays(14), "squat", 21, 5);
        session(store, today.minusDays(7), "squat", 18, 2);
        session(store, today.minusDays(6), "squat", 12, 1);
        session(store, today, "squat", 31, 0);
        session(store, today.minusDays(14), "push-up", 10, 4);
        session(store, today.minusDays(7), "push-up", 11, 2);
        DailySummaryFiles desk = new DailySummaryFiles(data.resolve("desk"));
        for (int d = 9; d >= 0; d--) {
            deskDay(desk, today.minusDays(d), 120 + 15L * (9 - d), 120 - 10L * (9 - d));
        }

        Files.createDirectories(AnalyzeReportCommandTest.SCREENSHOTS);
        Path page = AnalyzeReportCommandTest.SCREENSHOTS.resolve("history.html").toAbsolutePath();
        CliRun run = CliRun.of("history", "--weeks", "4", "--data", data.toString(), "--html", page.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("history page: " + page);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>Your FormCheck history</h1>").contains("Build up gradually")
                .contains("Squat: the week of").contains("had 30 reps, 43% more than the week before (21 reps)")
                .contains("Weekly volume per exercise").contains("Clean reps: the share of reps with no fault flagged")
                .contains("At the desk: time upright per day").contains("Push-up").contains("FormCheck is not a medical device.");
        assertThat(Pattern.compile("<rect [^>]*fill=\"#D55E00\"").matcher(html).results().count())
                .as("exactly one warning bar: the squats' 43% week").isEqualTo(1);
        assertThat(Pattern.compile("<title>sat upright, ").matcher(html).results().count()).as("a bar per desk day").isEqualTo(10);
        assertThat(Pattern.compile("<circle ").matcher(html).results().count()).as("a dot per exercise-week with reps").isEqualTo(6);
        assertThat(html).contains("<title>Squat, ").contains("of 31 reps clean").doesNotContain("ROUNDED_BACK")
                .doesNotContain("live-workout");
        AnalyzeReportCommandTest.assertSelfContained(html);

        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "skipped the browser half: /usr/bin/chromium is missing");
        Path screenshot = AnalyzeReportCommandTest.SCREENSHOTS.resolve("history.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        List<String> requests = AnalyzeReportCommandTest.openInChromium(chromium, page, screenshot, 1000, 1900);
        assertThat(requests).allMatch(r -> AnalyzeReportCommandTest.BROWSER_OWN.matcher(r).find());
        BufferedImage shot = ImageIO.read(screenshot.toFile());
        assertThat(AnalyzeReportCommandTest.distinctColours(shot)).as("a rendered page, not a blank one").isGreaterThan(50);
    }

    @Test
    void anEmptyHistoryPageSaysHowToFillIt() throws IOException {
        Path page = data.resolve("h.html");
        CliRun run = CliRun.of("history", "--data", data.toString(), "--html", page.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains("Nothing kept in these weeks yet.")
                .doesNotContain("<svg");
    }
}
