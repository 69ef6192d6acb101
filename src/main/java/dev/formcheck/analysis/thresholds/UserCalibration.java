package dev.formcheck.analysis.thresholds;

import dev.formcheck.kinematics.NeutralPosture;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a session takes from a user's calibration, each part falling back to the defaults on
 * its own: the thresholds (the shipped ones with the user's merged over them), the neutral stance
 * and the sitting baseline, and a warning for each part of the file that could not be used.
 *
 * @param warnings one line each, naming the file and the field, to show the user once
 * @param file the user file that was read, when any part of it is used
 * @param standingDesk the user standing at a standing desk ({@code calibrate --pose desk-standing}),
 *                     measured as the sitting baseline is
 */
public record UserCalibration(Thresholds thresholds, Optional<StanceNeutral> stance,
                              Optional<SittingBaseline> sitting, List<String> warnings, Optional<Path> file,
                              Optional<SittingBaseline> standingDesk) {
    public UserCalibration {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(sitting, "sitting");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(standingDesk, "standingDesk");
        warnings = List.copyOf(warnings);
    }

    /** Without a standing-desk baseline. */
    public UserCalibration(Thresholds thresholds, Optional<StanceNeutral> stance, Optional<SittingBaseline> sitting,
                           List<String> warnings, Optional<Path> file) {
        this(thresholds, stance, sitting, warnings, file, Optional.empty());
    }

    /** The shipped thresholds and no neutral of the user's. */
    public static UserCalibration defaults(Thresholds defaults, List<String> warnings) {
        return new UserCalibration(defaults, Optional.empty(), Optional.empty(), warnings, Optional.empty());
    }

    /** What kinematics measures the back from: the user's stance, or the defaults without one. */
    public NeutralPosture neutralPosture() {
        return stance.map(StanceNeutral::posture).orElseGet(NeutralPosture::defaults);
    }
}
