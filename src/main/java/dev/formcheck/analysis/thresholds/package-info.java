/**
 * Thresholds as named data, and the user's calibration file. Each
 * {@link dev.formcheck.analysis.thresholds.Threshold} has a value, a unit, the range it may take, a
 * reason and a source. {@link dev.formcheck.analysis.thresholds.CalibrationFiles} reads the shipped
 * defaults ({@code calibration/defaults.json}, on the classpath) and a user's calibration
 * ({@code calibration.json} in their data directory) into a
 * {@link dev.formcheck.analysis.thresholds.UserCalibration}: their thresholds merged over the
 * defaults in one place, their measured neutral stance and sitting baseline; each part that cannot
 * be used gives a warning and the defaults, never a failed session. It also stores what
 * {@code calibrate} measured, merging into the file. The format is
 * {@code calibration/schema/calibration-v1.schema.json}.
 *
 * <p>It uses Jackson, {@code kinematics} (the neutral posture and the camera view) and
 * {@code common}; the analysis engine beside it takes plain numbers, so it does not depend on this
 * package.
 */
package dev.formcheck.analysis.thresholds;
