package dev.formcheck.cli;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.UserCalibration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code --calibration FILE}, shared by every command that analyses: the user's calibration
 * (thresholds, neutral stance, sitting baseline), from FILE or from their data directory. Loaded
 * once; a part of the file that cannot be used is a warning on stderr, shown once, never a failure.
 */
final class CalibrationOption {
    @Option(names = "--calibration", paramLabel = "FILE",
            description = "Your calibration file (written by calibrate). Default: calibration.json in your data directory.")
    Path file;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private UserCalibration loaded;

    /** The calibration this command runs with; warnings go to stderr the first time. */
    UserCalibration calibration() {
        if (loaded == null) {
            loaded = file != null ? CalibrationFiles.loadUser(file) : CalibrationFiles.forCurrentUser();
            PrintWriter err = mixee.commandLine().getErr();
            loaded.warnings().forEach(w -> err.println("formcheck: warning: " + w));
            err.flush();
        }
        return loaded;
    }

    /** The file given with --calibration, if one was. */
    Optional<Path> given() {
        return Optional.ofNullable(file);
    }
}
