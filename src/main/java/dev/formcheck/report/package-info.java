/**
 * Stage 5b, reports (not written yet): the summary of a finished session (reps, flagged
 * moments, time out of neutral, stage timings) written to files, with key frames made by
 * {@code media}.
 *
 * <p>It may use {@code analysis}, {@code kinematics}, {@code pose}, {@code capture},
 * {@code media} and {@code io}. Only {@code ui} and {@code cli} may use it.
 */
package dev.formcheck.report;
