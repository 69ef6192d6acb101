/**
 * The desk posture monitor's decisions, headless: metrics of a sitting person from keypoints
 * ({@link dev.formcheck.desk.DeskMeasurer}), judged against the user's own upright baseline
 * ({@link dev.formcheck.desk.PostureClassifier}), held with a minimum duration, timed, and turned
 * into reminders and camera decisions that the runner (the CLI or the window) obeys.
 *
 * <p>It may use {@code feedback}, {@code analysis}, {@code kinematics}, {@code pose} and
 * {@code common}; never {@code capture}, {@code ui}, JavaCV, ONNX Runtime or Swing: it sees
 * poses and a clock, so tests drive it with synthetic keypoints and a simulated clock.
 */
package dev.formcheck.desk;
