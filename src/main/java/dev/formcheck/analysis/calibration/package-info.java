/**
 * Measuring a user's neutral posture for their calibration: {@link dev.formcheck.analysis.calibration.StanceCalibration}
 * (standing side-on) and {@link dev.formcheck.analysis.calibration.SittingCalibration} (sitting upright)
 * take a few seconds of {@link dev.formcheck.analysis.calibration.CalibrationSample}s, keep the frames
 * that qualify, and give the medians as the blocks of {@code analysis.thresholds} that
 * {@code CalibrationFiles} stores, or a rejection telling the user what to change.
 *
 * <p>Computation only, like the engine: it reads and writes no files (the CLI does).
 */
package dev.formcheck.analysis.calibration;
