package dev.formcheck.cli;

import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyze --fps}: a folder's frame rate within 0.1-1000, and refused where it does nothing. */
class AnalyzeFpsOptionTest {
    private static final String USAGE = "Run 'formcheck analyze --help' for usage." + System.lineSeparator();

    @TempDir
    Path dir;

    Path folderOfTwoFrames() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("frames"));
        for (int i = 0; i < 2; i++) {
            ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_3BYTE_BGR), "png",
                    folder.resolve("frame-" + i + ".png").toFile());
        }
        return folder;
    }

    @Test
    void infiniteHugeAndTinyFrameRatesAreRefusedWithTheValidRange() throws IOException {
        Path folder = folderOfTwoFrames();
        for (String[] fps : new String[][] {{"Infinity", "Infinity"}, {"1e9", "1e9"}, {"1e-300", "1e-300"},
                {"NaN", "NaN"}, {"0", "0"}}) {
            CliRun run = CliRun.of("analyze", folder.toString(), "--fps", fps[0], "--json", dir.resolve("out.json").toString());

            assertThat(run.exitCode()).as(fps[0]).isEqualTo(Main.EXIT_USAGE);
            assertThat(run.err()).as(fps[0]).isEqualTo("formcheck: --fps must be a number of frames per second from 0.1 "
                    + "to 1000, not " + fps[1] + System.lineSeparator() + USAGE);
        }
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void theEdgesOfTheRangeAreAccepted() throws IOException {
        Path folder = folderOfTwoFrames();
        assertThat(CliRun.of("analyze", folder.toString(), "--fps", "0.1").exitCode()).isZero();
        CliRun fast = CliRun.of("analyze", folder.toString(), "--fps", "1000", "--json", dir.resolve("fast.json").toString());
        assertThat(fast.exitCode()).as(fast.err()).isZero();
        assertThat(Files.readString(dir.resolve("fast.json"))).contains("\"fps\":1000.0", "\"t_s\":0.001");
    }

    @Test
    void fpsWithAVideoFileIsRefusedInsteadOfIgnored() {
        Path video = SharedData.projectDir().resolve("test-videos/squat-side-synthetic.mp4");

        CliRun run = CliRun.of("analyze", video.toString(), "--fps", "25");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).isEqualTo("formcheck: --fps sets the frame rate of a folder of images; a video file keeps "
                + "its own frame rate and a photo has none, so leave --fps out" + System.lineSeparator() + USAGE);
    }
}
