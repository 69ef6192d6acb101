/**
 * Thresholds as named data: each {@link dev.formcheck.analysis.thresholds.Threshold} has a value,
 * a unit, the range it may take, a reason and a source. {@link dev.formcheck.analysis.thresholds.CalibrationFiles}
 * reads the shipped defaults ({@code calibration/defaults.json}, on the classpath) and merges a
 * user's calibration ({@code calibration.json} in their data directory) over them in one place,
 * checking every value once; a user file that cannot be used gives a warning and the defaults,
 * never a failed session. The format is {@code calibration/schema/calibration-v1.schema.json}.
 *
 * <p>It uses Jackson and {@code common}; the analysis engine beside it takes plain numbers, so it
 * does not depend on this package.
 */
package dev.formcheck.analysis.thresholds;
