package dev.formcheck.ui.model;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a camera can be there, checked without opening one: on Linux a {@code /dev/video*}
 * device; elsewhere the only way to know is to try, so the answer is "maybe".
 */
public final class CameraAvailability {
    private CameraAvailability() {
    }

    /** Empty when a camera may be there; else the sentence the window shows. */
    public static Optional<String> problem() {
        return problem(System.getProperty("os.name", ""), Path.of("/dev"));
    }

    static Optional<String> problem(String osName, Path dev) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> videos = Files.newDirectoryStream(dev, "video*")) {
            if (videos.iterator().hasNext()) {
                return Optional.empty();
            }
        } catch (IOException e) {
            // no /dev to look in: say there is no camera, the same as an empty one
        }
        return Optional.of("No camera found. Use the sample video, or any video of yourself, as a stand-in camera: "
                + "it plays at its real speed, as a camera would.");
    }
}
