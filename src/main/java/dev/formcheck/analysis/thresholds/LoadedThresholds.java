package dev.formcheck.analysis.thresholds;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The thresholds a session runs with, and the warning to show the user when their own calibration
 * could not be used (the defaults are then used instead).
 *
 * @param userFile the user calibration that was merged in, if one was
 */
public record LoadedThresholds(Thresholds thresholds, Optional<String> warning, Optional<Path> userFile) {
    public LoadedThresholds {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(userFile, "userFile");
    }
}
