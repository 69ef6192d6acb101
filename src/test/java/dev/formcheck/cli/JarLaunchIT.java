package dev.formcheck.cli;

import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launch contract, end to end: {@code java -jar target/formcheck.jar COMMAND ...} from the
 * packaged jar and its {@code lib/} directory, in a separate JVM as a user runs it.
 */
class JarLaunchIT {
    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    static Result launch(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("formcheck.jar", SharedData.projectDir().resolve("target/formcheck.jar").toString());
        // the child keeps its records where the tests' own data goes, never in the user's
        String data = System.getProperty("formcheck.data", SharedData.projectDir().resolve("target/test-user-data").toString());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dformcheck.data=" + data, "-jar", jar));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("formcheck-out", ".txt");
        Path err = Files.createTempFile("formcheck-err", ".txt");
        try {
            // files, not pipes: a full stderr pipe could block the child while we wait on stdout
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            // as on a server or in CI without a display: with one, no command opens the window (MainWindowGuiTest)
            builder.environment().remove("DISPLAY");
            builder.environment().remove("WAYLAND_DISPLAY");
            Process p = builder.start();
            p.getOutputStream().close(); // no stdin, as in CI
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void theJarWithNoCommandAndNoDisplayPrintsTheHelp() throws Exception {
        Result r = launch();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: formcheck", "Working today: pose, analyze, posture, calibrate");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theJarFindsTheCommittedModelsAndEstimatesAPose() throws Exception {
        Path image = dir.resolve("blank.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(256, 256,
                java.awt.image.BufferedImage.TYPE_3BYTE_BGR), "png", image.toFile());
        Result r = launch("pose", "--model", "thunder", "--json", image.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"right_ankle\"");
        assertThat(r.err()).as("native libraries stay quiet").isEmpty();
    }

    @Test
    void theJarGeneratesASampleVideoWithFfmpegAndOpenH264Silent() throws Exception {
        Path out = dir.resolve("sample.mp4");
        Result r = launch("generate-sample", "--seconds", "1", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("30 frames");
        assertThat(r.err()).as("native libraries stay quiet").isEmpty();
        assertThat(out).isNotEmptyFile();
    }

    @Test
    void aBadFileGivesOneShortLineAndExitCodeOne() throws Exception {
        Result r = launch("pose", dir.resolve("missing.png").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("missing.png: file not found");
    }
}
