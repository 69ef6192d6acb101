package dev.formcheck.ui.model;

import java.util.List;
import java.util.Optional;

/**
 * Whether the workout screen should say there is no camera. It judges the same list the camera
 * picker shows (found once, by {@code capture.CameraDevices}), so the note and the picker never
 * disagree.
 */
public final class CameraAvailability {
    private CameraAvailability() {
    }

    /** Empty when a camera may be there; else the sentence the window shows. */
    public static Optional<String> problem(List<?> camerasFound) {
        if (!camerasFound.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("No camera found. Use the sample video, or any video of yourself, as a stand-in camera: "
                + "it plays at its real speed, as a camera would.");
    }
}
