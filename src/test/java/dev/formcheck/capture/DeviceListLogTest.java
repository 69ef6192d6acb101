package dev.formcheck.capture;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FFmpeg's device lists as its log prints them on macOS (AVFoundation) and Windows (DirectShow,
 * before and after FFmpeg 5 changed the layout). The logs are written here in the shape FFmpeg's
 * sources print them, with made-up devices.
 */
class DeviceListLogTest {
    private static CameraDevices.Device named(String name) {
        return new CameraDevices.Device(name, name);
    }

    @Test
    void avfoundationsVideoDevicesAreOfferedWithoutTheScreensOrTheMicrophones() {
        String log = """
                [AVFoundation indev @ 0x7fa1c2d04b80] AVFoundation video devices:
                [AVFoundation indev @ 0x7fa1c2d04b80] [0] FaceTime HD Camera (Built-in)
                [AVFoundation indev @ 0x7fa1c2d04b80] [1] Desk View Camera
                [AVFoundation indev @ 0x7fa1c2d04b80] [2] Capture screen 0
                [AVFoundation indev @ 0x7fa1c2d04b80] AVFoundation audio devices:
                [AVFoundation indev @ 0x7fa1c2d04b80] [0] Studio Display Microphone
                [in#0 @ 0x7fa1c2c05a40] Error opening input: Input/output error
                """;

        assertThat(DeviceListLog.avfoundation(log)).containsExactly(named("FaceTime HD Camera (Built-in)"),
                named("Desk View Camera"));
    }

    @Test
    void linesWithoutTheContextPrefixAreReadTooAndAnEmptyListIsEmpty() {
        assertThat(DeviceListLog.avfoundation("AVFoundation video devices:\n[0] USB Camera\r\nAVFoundation audio devices:\n"))
                .containsExactly(named("USB Camera"));
        assertThat(DeviceListLog.avfoundation("[AVFoundation indev @ 0x1] AVFoundation video devices:\n"
                + "[AVFoundation indev @ 0x1] AVFoundation audio devices:\n")).isEmpty();
        assertThat(DeviceListLog.avfoundation("")).isEmpty();
        assertThat(DeviceListLog.dshow("dummy: Immediate exit requested\n")).isEmpty();
    }

    @Test
    void directShowSinceFfmpeg5NamesEachDevicesKindAfterIt() {
        String log = """
                [dshow @ 000002a41c9b7e40] "Integrated Webcam" (video)
                [dshow @ 000002a41c9b7e40]   Alternative name "@device_pnp_\\\\?\\usb#vid_0c45&pid_6a10&mi_00#7&1f3a2b&0&0000#{65e8773d-8f56-11d0-a3b9-00a0c9223196}\\global"
                [dshow @ 000002a41c9b7e40] "OBS Virtual Camera" (none)
                [dshow @ 000002a41c9b7e40]   Alternative name "@device_sw_{860BB310-5D01-11D0-BD3B-00A0C911CE86}\\{A3FCE0F5-3493-419F-958A-ABA1250EC20B}"
                [dshow @ 000002a41c9b7e40] "Logi Capture Cam (2- USB)" (audio, video)
                [dshow @ 000002a41c9b7e40] "Headset Microphone (Wireless)" (audio)
                [dshow @ 000002a41c9b7e40]   Alternative name "@device_cm_{33D9A762-90C8-11D0-BD43-00A0C911CE86}\\wave_{5B1D3F22-0C4E-4A7B-9E2F-1D2C3B4A5F60}"
                [dshow @ 000002a41c9b7e40] "Integrated Webcam" (video)
                dummy: Immediate exit requested
                """;

        assertThat(DeviceListLog.dshow(log)).containsExactly(named("Integrated Webcam"), named("Logi Capture Cam (2- USB)"));
    }

    @Test
    void directShowBeforeFfmpeg5ListsVideoDevicesUnderTheirOwnHeading() {
        String log = """
                [dshow @ 0000021f5e8a9c00] DirectShow video devices (some may be both video and audio devices)
                [dshow @ 0000021f5e8a9c00]  "HD Pro Webcam C920"
                [dshow @ 0000021f5e8a9c00]     Alternative name "@device_pnp_\\\\?\\usb#vid_046d&pid_082d&mi_00#6&2c9f1a&0&0000#{65e8773d-8f56-11d0-a3b9-00a0c9223196}\\global"
                [dshow @ 0000021f5e8a9c00]  "Screen Capture Recorder"
                [dshow @ 0000021f5e8a9c00] DirectShow audio devices
                [dshow @ 0000021f5e8a9c00]  "Microphone (HD Pro Webcam C920)"
                """;

        assertThat(DeviceListLog.dshow(log)).containsExactly(named("HD Pro Webcam C920"), named("Screen Capture Recorder"));
    }

    @Test
    void ffmpegsLogIsCollectedWhileABodyRunsOnThisMachineToo(@TempDir Path dir) throws IOException {
        Path notAVideo = Files.writeString(dir.resolve("notes.mp4"), "not a video at all");

        String log = FFmpegLogging.captured(() -> {
            try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(notAVideo.toString())) {
                grabber.start();
            } catch (FrameGrabber.Exception expected) {
                // the log says why
            }
        });

        assertThat(log).as("FFmpeg's own words about the file").isNotBlank();
    }
}
