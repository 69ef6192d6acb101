/**
 * Pose over time, one person per stream: the tracking crop MoveNet's own runtime uses (run the
 * model on a square around the person found in the previous frame, the whole frame when the torso
 * is not confidently visible), One Euro smoothing of the keypoints (causal for live use,
 * forward-backward for recorded files), and an explicit per-frame record that says whether a
 * person was found.
 *
 * <p>Pure Java and headless: it runs any {@link dev.formcheck.pose.PoseEstimator} and never
 * touches ONNX Runtime or a frame source itself. One {@link dev.formcheck.pose.tracking.PoseTracker}
 * serves one stream on one thread. It uses {@code pose} and {@code capture}; {@code pose} does not
 * use it.
 */
package dev.formcheck.pose.tracking;
