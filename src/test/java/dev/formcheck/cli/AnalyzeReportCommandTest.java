package dev.formcheck.cli;

import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze --report}: one self-contained HTML file a person can read offline and print,
 * opened in a real browser (Debian's {@code chromium}, headless) with a proxy that counts every
 * connection the page tries; screenshots under target/screenshots to look at.
 */
class AnalyzeReportCommandTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Every attribute or CSS value that could make a browser fetch something. */
    private static final Pattern FETCHING = Pattern.compile("(?:src|href|xlink:href|action|poster)\\s*=\\s*\"([^\"]*)\"|url\\(([^)]*)\\)|@import");

    /** The hosts of Chromium's own background requests (time, component updates, account sign-in). */
    static final Pattern BROWSER_OWN = Pattern.compile(
            "^(?:CONNECT |[A-Z]+ http://)(?:[a-z0-9.-]+\\.)?(?:google\\.com|googleapis\\.com|gvt1\\.com)[:/]");

    @TempDir
    Path dir;

    @Test
    void theSampleSquatsReportSaysEverythingInPlainWordsInOneFile() throws IOException {
        Path report = dir.resolve("squat.html");
        CliRun run = CliRun.of("analyze", AnalyzeExerciseCommandTest.SAMPLE.toString(), "--exercise", "squat",
                "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  report: " + report);
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>Squat</h1>").contains("7 reps in 1 set.").contains("No form fault was flagged.")
                .contains("FormCheck is not a medical device.").contains("Stop at once if you feel sharp pain")
                .contains("The movement: thigh inclination over time").contains("Squat not deep enough: aim for");
        assertThat(Pattern.compile("<tr><td>\\d+</td><td>1</td>").matcher(html).results().count())
                .as("a row per rep in set 1").isEqualTo(7);
        assertThat(html).as("key frame: one for the set's deepest rep").contains("Set 1, its deepest rep");
        assertThat(html).doesNotContain("ROUNDED_BACK").doesNotContain("SHALLOW_DEPTH").doesNotContain("_")
                .as("no enum or snake_case names (the JPEG's base64 has no underscore either)");
        assertSelfContained(html);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("nothing but the report, no temporary file").containsExactly(report);
        }
    }

    @Test
    void aReportNeedsAnExercise() {
        CliRun run = CliRun.of("analyze", AnalyzeExerciseCommandTest.SAMPLE.toString(), "--report",
                dir.resolve("r.html").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--report describes an exercise: add --exercise NAME|auto");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void aReportInAFolderThatDoesNotExistIsRefusedBeforeAnyWork() {
        Path report = dir.resolve("missing/r.html");
        CliRun run = CliRun.of("analyze", AnalyzeExerciseCommandTest.SAMPLE.toString(), "--exercise", "squat",
                "--report", report.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains(report.getParent().toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).doesNotContain("frames");
    }

    @Test
    void aDamagedVideoLeavesNoReport() throws IOException {
        Path video = dir.resolve("broken.mp4");
        Files.write(video, new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 1, 2, 3});
        Path report = dir.resolve("broken.html");
        CliRun run = CliRun.of("analyze", video.toString(), "--exercise", "squat", "--report", report.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("broken.mp4").doesNotContain("\tat ");
        assertThat(report).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"squat-side.mp4, squat, 1000, 3200", "pushup-side.mp4, push-up, 1000, 4200"})
    @RequiresSharedData
    void theReportOfASharedVideoOpensInChromiumAndFetchesNothing(String video, String exercise, int width, int height)
            throws IOException, InterruptedException {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium),
                "skipped: the report is checked in Debian's chromium, and /usr/bin/chromium is missing");
        Files.createDirectories(SCREENSHOTS);
        String name = "report-" + exercise;
        Path report = SCREENSHOTS.resolve(name + ".html").toAbsolutePath();
        CliRun run = CliRun.of("analyze", SharedData.resolve("videos/" + video).toString(), "--exercise", exercise,
                "--report", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertSelfContained(html);
        assertThat(html).contains("Key frames").contains("data:image/jpeg;base64,").contains("<polyline")
                .as("the shared videos have their back traced, and the key frames say so").contains("the outline of your lower");
        if (exercise.equals("push-up")) {
            assertThat(html).as("the backlit arm's unsure elbow (a 5° reading) is not printed as a depth")
                    .contains("elbow angle not seen").doesNotContain("elbow angle 5°");
        }

        Path screenshot = SCREENSHOTS.resolve(name + ".png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        List<String> requests = openInChromium(chromium, report, screenshot, width, height);

        // Chromium itself checks the time and for updates and signs in to Google whatever page it shows;
        // everything else would have come from the report.
        assertThat(requests).as("requests through the proxy, apart from the browser's own Google services")
                .allMatch(r -> BROWSER_OWN.matcher(r).find());
        BufferedImage shot = ImageIO.read(screenshot.toFile());
        assertThat(shot.getWidth()).isEqualTo(width);
        assertThat(distinctColours(shot)).as("a rendered page, not a blank one").isGreaterThan(200);
    }

    /** Opens the report headless with every connection sent to a local proxy that answers none; returns their request lines. */
    static List<String> openInChromium(Path chromium, Path report, Path screenshot, int width, int height)
            throws IOException, InterruptedException {
        List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());
        Path profile = Files.createTempDirectory("chromium-profile");
        try (ServerSocket proxy = new ServerSocket(0)) {
            proxy.setSoTimeout(200);
            Thread counter = new Thread(() -> {
                while (!proxy.isClosed()) {
                    try (Socket s = proxy.accept()) {
                        s.setSoTimeout(2000);
                        byte[] head = new byte[300];
                        int n;
                        try {
                            n = s.getInputStream().read(head);
                        } catch (SocketTimeoutException silent) {
                            n = 0; // a connection that says nothing still counts
                        }
                        String text = n > 0 ? new String(head, 0, n, StandardCharsets.ISO_8859_1) : "";
                        requests.add(text.lines().findFirst().orElse("(nothing sent)"));
                    } catch (SocketTimeoutException e) {
                        // keep listening until the browser is done
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            counter.setDaemon(true);
            counter.start();
            List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--disable-gpu",
                    "--hide-scrollbars", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-default-browser-check",
                    "--proxy-server=http://127.0.0.1:" + proxy.getLocalPort(), "--proxy-bypass-list=<-loopback>",
                    "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height, "--screenshot=" + screenshot, report.toUri().toString()));
            if ("root".equals(System.getProperty("user.name"))) {
                command.add(1, "--no-sandbox"); // chromium refuses to run as root inside its sandbox
            }
            Process browser = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(browser.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
            assertThat(screenshot).exists();
        } finally {
            try (Stream<Path> left = Files.walk(profile)) {
                left.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return List.copyOf(requests);
    }

    /** Every value that could fetch is a data: URI or a link within the page; the page forbids anything else. */
    static void assertSelfContained(String html) {
        assertThat(html).contains("default-src 'none'");
        Matcher m = FETCHING.matcher(html);
        while (m.find()) {
            String value = m.group(1) != null ? m.group(1) : m.group(2);
            assertThat(value).as("a reference in the report: " + m.group()).isNotNull();
            assertThat(value.startsWith("data:") || value.startsWith("#")).as(m.group()).isTrue();
        }
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script")
                .doesNotContain("<link").doesNotContain("<iframe");
    }

    static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
