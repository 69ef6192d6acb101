package dev.formcheck.analysis.thresholds;

import dev.formcheck.kinematics.LimbSideRules;
import dev.formcheck.pose.silhouette.BackSideRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The outline's and the limbs' side rules are the calibration's thresholds, the user's overriding the shipped ones. */
class StageRulesTest {
    @TempDir
    Path dir;

    @Test
    void theRecordsDefaultsAreTheShippedFilesValues() {
        Thresholds shipped = CalibrationFiles.defaults();
        assertThat(StageRules.backSides(shipped)).isEqualTo(BackSideRules.defaults());
        assertThat(StageRules.limbSides(shipped)).isEqualTo(LimbSideRules.defaults());
        // the knees' split as it was in degrees before it became data: a quarter of the torso
        assertThat(LimbSideRules.defaults().minKneeSplitDegrees()).isCloseTo(14.4775, within(1e-4));
    }

    @Test
    void aUsersCalibrationOverridesTheShippedRules() throws IOException {
        Path file = Files.writeString(dir.resolve("calibration.json"), """
                {"format": "formcheck-calibration", "schema_version": 1, "kind": "user",
                 "thresholds": {"outline.facing.knee_offset_min": {"value": 0.15}, "limbs.reach_difference_min": {"value": 50}}}
                """);
        UserCalibration user = CalibrationFiles.loadUser(file);

        assertThat(user.warnings()).isEmpty();
        assertThat(StageRules.backSides(user.thresholds()).minKneeOffset()).isEqualTo(0.15);
        assertThat(StageRules.backSides(user.thresholds()).minNoseAhead()).isEqualTo(BackSideRules.defaults().minNoseAhead());
        assertThat(StageRules.limbSides(user.thresholds()).minReachDifferenceDegrees()).isEqualTo(50);
    }
}
