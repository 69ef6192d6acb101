package dev.formcheck.analysis.thresholds;

import dev.formcheck.common.FormCheckException;

/**
 * A calibration file that cannot be used. The message names the file, the field at fault and,
 * for a value, its allowed range: "calibration/defaults.json: thresholds["squat.thigh.bottom_max"].value:
 * 200 deg is outside the allowed range 40 to 150 deg".
 */
public final class CalibrationException extends FormCheckException {
    public CalibrationException(String message) {
        super(message);
    }

    public CalibrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
