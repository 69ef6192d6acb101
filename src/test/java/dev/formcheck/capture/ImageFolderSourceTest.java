package dev.formcheck.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderSourceTest {
    @TempDir
    Path folder;

    @Test
    void aPipeNamedLikeAnImageIsPassedOverNotWaitedOn() throws Exception {
        ImageIO.write(new BufferedImage(32, 24, BufferedImage.TYPE_3BYTE_BGR), "png", folder.resolve("b.png").toFile());
        pipe("a.jpg");
        try (ImageFolderSource source = ImageFolderSource.open(folder, 10)) {
            assertThat(source.next()).hasValueSatisfying(frame -> assertThat(frame.width()).isEqualTo(32));
            assertThat(source.next()).isEmpty();
        }
    }

    @Test
    void aFolderOfPipesSaysWhyNothingWasRead() throws Exception {
        pipe("a.jpg");
        pipe("c.png");
        assertThatThrownBy(() -> ImageFolderSource.open(folder, 10)).isInstanceOf(CaptureException.class)
                .hasMessage(folder + ": holds no PNG, JPEG, BMP or GIF images (a.jpg and 1 more are not regular files)");
    }

    private void pipe(String name) throws IOException, InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", folder.resolve(name).toString()).inheritIO().start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo on this system");
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    }
}
