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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "avformat_open_input() error -16: Could not open input \"/dev/video0\".",
            "[dshow] Could not run graph (sometimes caused by a device already in use by other application)",
            "Device or resource busy"})
    void aDeviceAnotherProgramHoldsIsReportedAsBusy(String ffmpegMessage) {
        CaptureException e = CameraSource.openFailure("/dev/video0", ffmpegMessage, null);
        org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo(CaptureException.Reason.CAMERA_BUSY);
        org.assertj.core.api.Assertions.assertThat(e).hasMessage(
                "camera /dev/video0 is in use by another program (a video call?); close it and try again");
    }

    @Test
    void anyOtherOpeningFailureSaysToCheckTheConnectionAndPermission() {
        CaptureException e = CameraSource.openFailure("0:none", "avformat_open_input() error -5: Input/output error", null);
        org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo(CaptureException.Reason.NO_CAMERA);
        org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains("is it connected, and does FormCheck have permission");
    }

    @Test
    void aRequestNeedsADeviceAndAPositiveSize() {
        assertThatThrownBy(() -> new CameraSource.Request(" ", 640, 480, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CameraSource.Request("0", 0, 480, 30)).isInstanceOf(IllegalArgumentException.class);
    }
}
