package dev.formcheck.analysis.calibration;

import dev.formcheck.analysis.thresholds.Provenance;

import java.time.Instant;
import java.util.Optional;

/**
 * When, from what and with which model a calibration is being measured; the frames that qualify
 * are counted by the measurement and complete the {@link Provenance}.
 */
public record CalibrationRun(Instant measuredAt, String source, Optional<String> model) {
    public CalibrationRun {
        new Provenance(measuredAt, source, 1, model); // the same checks
    }

    Provenance provenance(int frames) {
        return new Provenance(measuredAt, source, frames, model);
    }
}
