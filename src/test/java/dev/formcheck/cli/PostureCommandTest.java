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
        double minutes = run.out().lines().filter(l -> l.matches("\\s+[A-Z_]+\\s+[0-9.]+ min"))
                .mapToDouble(l -> Double.parseDouble(l.trim().split("\\s+")[1])).sum();
        assertThat(minutes).isBetween(0.15, 0.25);
    }

    @Test
    void imagesWithoutABaselineAreAUsageError() {
        CliRun run = CliRun.of("posture", "--images", "a.jpg");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).startsWith("formcheck: --images needs --baseline: one or more photos of you sitting upright");
    }

    @Test
    void oneSourceIsRequiredAndOnlyOne() {
        assertThat(CliRun.of("posture").err()).contains("Error: Missing required argument");
        CliRun both = CliRun.of("posture", "--camera", "0", "--video", "x.mp4");
        assertThat(both.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void badQuietHoursAreAUsageErrorThatShowsTheForm() {
        CliRun run = CliRun.of("posture", "--camera", "0", "--quiet-hours", "late");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains("--quiet-hours: quiet hours are written HH:MM-HH:MM (22:00-07:00), not \"late\"");
    }
}
