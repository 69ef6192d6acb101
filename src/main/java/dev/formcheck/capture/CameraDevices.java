package dev.formcheck.capture;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The cameras a person can pick from, found without opening one. On Linux each V4L2 capture node
 * ({@code /dev/videoN} whose {@code /sys/class/video4linux/videoN/index} is 0: a webcam's other
 * nodes carry metadata) with the name the driver gives it. On macOS and Windows FFmpeg prints its
 * device lists (AVFoundation's, DirectShow's) only to its log: the log is collected and read
 * ({@link DeviceListLog}); where it names no camera on macOS, the default camera is offered and
 * tried when chosen.
 */
public final class CameraDevices {
    /** A camera: what {@link CameraSource.Request#of(String)} opens, and what a person reads. */
    public record Device(String id, String label) {
    }

    private CameraDevices() {
    }

    public static List<Device> list() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) {
            return linux(Path.of("/dev"), Path.of("/sys/class/video4linux"));
        }
        boolean windows = os.startsWith("windows");
        List<Device> listed = windows ? DeviceListLog.dshow(ffmpegDeviceList("dshow", "dummy"))
                : os.startsWith("mac") ? DeviceListLog.avfoundation(ffmpegDeviceList("avfoundation", "")) : List.of();
        if (!listed.isEmpty() || windows) {
            return listed; // DirectShow opens devices by name only: no list, no camera to offer
        }
        return List.of(new Device("0", "Default camera"));
    }

    /**
     * What FFmpeg logs when {@code format} is asked to list its devices; the open fails by design
     * once the list is printed.
     */
    private static String ffmpegDeviceList(String format, String input) {
        return FFmpegLogging.captured(() -> {
            try (FFmpegFrameGrabber lister = new FFmpegFrameGrabber(input)) {
                lister.setFormat(format);
                lister.setOption("list_devices", "true");
                lister.start();
            } catch (FrameGrabber.Exception expected) {
                // "Immediate exit requested" or an I/O error: the list is in the log
            }
        });
    }

    /** The Linux rule over the given folders, so a test can lay out a fake /dev and /sys. */
    static List<Device> linux(Path dev, Path sys) {
        List<Device> found = new ArrayList<>();
        try (DirectoryStream<Path> videos = Files.newDirectoryStream(dev, "video*")) {
            for (Path node : videos) {
                String name = node.getFileName().toString();
                if (!name.substring("video".length()).matches("\\d+")) {
                    continue;
                }
                Path info = sys.resolve(name);
                if (!readOr(info.resolve("index"), "0").equals("0")) {
                    continue; // a metadata node of a camera already listed
                }
                String label = readOr(info.resolve("name"), "");
                found.add(new Device(node.toString(), (label.isEmpty() ? "Camera" : label) + " (" + name + ")"));
            }
        } catch (IOException e) {
            return List.of(); // no /dev to look in: no camera
        }
        found.sort(Comparator.comparingInt(d -> Integer.parseInt(Path.of(d.id()).getFileName().toString().substring("video".length()))));
        return List.copyOf(found);
    }

    private static String readOr(Path file, String otherwise) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return otherwise;
        }
    }
}
