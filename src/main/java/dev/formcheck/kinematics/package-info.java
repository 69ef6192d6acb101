/**
 * Stage 3, kinematics (not written yet): pure geometry on poses, such as joint and trunk angles
 * and spine inclination, plus small timestamp-driven smoothing filters with {@code reset()}.
 *
 * <p>It may use {@code pose} and {@code common} and nothing else of ours: no frames from
 * {@code capture}, no UI toolkit, no native library. Everything here runs on plain records so
 * it can be tested with synthetic keypoint traces.
 */
package dev.formcheck.kinematics;
