/**
 * Stage 4, analysis (not written yet): turns kinematics into judgements, such as rep counting
 * with hysteresis and dwell, named thresholds with their sources, and the state machines that
 * decide "rounded under load", "over-arched" or "slouched", including what a gap in the person
 * means.
 *
 * <p>It may use {@code kinematics}, {@code pose} and {@code common}; never {@code capture}, the UI or
 * a native library, so live and recorded sessions run the very same code.
 */
package dev.formcheck.analysis;
