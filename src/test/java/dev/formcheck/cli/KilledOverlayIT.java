package dev.formcheck.cli;

import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze --overlay} killed with SIGKILL mid-write (no shutdown hook runs) leaves its
 * {@code .part} file; the next run that writes beside it removes it.
 */
class KilledOverlayIT {
    @TempDir
    Path dir;

    List<Path> parts() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void thePartFileOfAKilledOverlayIsRemovedByTheNextRun() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = System.getProperty("formcheck.jar", SharedData.projectDir().resolve("target/formcheck.jar").toString());
        String sample = SharedData.projectDir().resolve("test-videos/squat-side-synthetic.mp4").toString();
        Path overlay = dir.resolve("squats.mp4");
        Process first = new ProcessBuilder(java, "-jar", jar, "analyze", sample, "--overlay", overlay.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (parts().isEmpty() && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        first.destroyForcibly(); // SIGKILL: as a crash or kill -9
        first.waitFor();
        List<Path> left = parts();
        assertThat(left).as("the killed run left its temporary overlay").hasSize(1);
        assertThat(overlay).doesNotExist();

        CliRun second = CliRun.of("analyze", sample, "--stride", "30", "--overlay", overlay.toString());

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(overlay).isNotEmptyFile();
        assertThat(parts()).isEmpty();
    }
}
