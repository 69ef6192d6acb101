package dev.formcheck.capture;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The camera paths that can run without a camera: these machines have none. */
class CameraSourceTest {
    @Test
    void aMissingCameraGivesAMessageSayingSo() {
        assumeThat(System.getProperty("os.name")).startsWith("Linux");
        assumeThat(Files.exists(Path.of("/dev/video7"))).as("no camera at /dev/video7").isFalse();
        assertThatThrownBy(() -> CameraSource.open(CameraSource.Request.of(7)))
                .isInstanceOf(CaptureException.class)
                .hasMessage("no camera at /dev/video7 (no such device); is a webcam connected?");
    }

    @Test
    void aRequestNeedsADeviceAndAPositiveSize() {
        assertThatThrownBy(() -> new CameraSource.Request(" ", 640, 480, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CameraSource.Request("0", 0, 480, 30)).isInstanceOf(IllegalArgumentException.class);
    }
}
