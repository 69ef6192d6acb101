package dev.formcheck.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files FormCheck reads whole (a calibration, a model to import) or reads before it replaces them
 * (calibrate --out): a named pipe there would block the read until something writes to it, so each
 * is refused at once with the reason.
 */
class NamedPipeInputsTest {
    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
        return fifo;
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aNamedPipeAsTheCalibrationFileIsRefused() throws Exception {
        Path fifo = fifo("calibration.json");

        CliRun run = CliRun.of("analyze", "no-such-video.mp4", "--calibration", fifo.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains(fifo + ": not a regular file (a named pipe, a device or a socket); "
                + "a calibration is a JSON file on disk");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aNamedPipeAsCalibrateOutIsNeverReadOrReplaced() throws Exception {
        Path fifo = fifo("out.json");
        Path photo = dir.resolve("sitting.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", photo.toFile());

        CliRun run = CliRun.of("calibrate", "--pose", "sitting", "--images", photo.toString(), "--out", fifo.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains(fifo + ": not a regular file (a named pipe, a device or a socket); "
                + "a calibration is a JSON file on disk");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aNamedPipeAsTheModelToImportIsRefused() throws Exception {
        Path fifo = fifo("model.json");

        CliRun run = CliRun.of("import-model", fifo.toString(), dir.resolve("out.onnx").toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err()).contains(fifo + ": not a regular file (a directory, a named pipe, a device or a socket); "
                + "a TF.js model is files on disk");
    }
}
