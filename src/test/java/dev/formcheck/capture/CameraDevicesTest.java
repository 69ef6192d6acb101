package dev.formcheck.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The camera list on Linux, from a laid-out /dev and /sys: capture nodes only, named by their driver. */
class CameraDevicesTest {
    @TempDir
    Path root;

    private void node(int n, int index, String name) throws Exception {
        Files.createDirectories(root.resolve("dev"));
        Files.createFile(root.resolve("dev/video" + n));
        Path sys = Files.createDirectories(root.resolve("sys/video" + n));
        Files.writeString(sys.resolve("index"), index + "\n");
        Files.writeString(sys.resolve("name"), name + "\n");
    }

    @Test
    void eachWebcamIsListedOnceByItsNameAndItsMetadataNodesAreLeftOut() throws Exception {
        node(0, 0, "Integrated Camera: Integrated C");
        node(1, 1, "Integrated Camera: Integrated C");
        node(10, 0, "USB Camera");
        assertThat(CameraDevices.linux(root.resolve("dev"), root.resolve("sys"))).containsExactly(
                new CameraDevices.Device(root.resolve("dev/video0").toString(), "Integrated Camera: Integrated C (video0)"),
                new CameraDevices.Device(root.resolve("dev/video10").toString(), "USB Camera (video10)"));
    }

    @Test
    void noVideoDeviceOrNoDevFolderIsNoCamera() throws Exception {
        Files.createDirectories(root.resolve("dev"));
        assertThat(CameraDevices.linux(root.resolve("dev"), root.resolve("sys"))).isEmpty();
        assertThat(CameraDevices.linux(root.resolve("absent"), root.resolve("sys"))).isEmpty();
    }
}
