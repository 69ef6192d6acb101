/**
 * Stage 2, pose estimation: MoveNet as three separately testable steps, resample the frame (whole,
 * letterboxed, or a square {@link dev.formcheck.pose.CropRegion} of it) into the model's int32 NHWC
 * input, run the ONNX Runtime session, decode the {@code [1, 1, 17, 3]} output into a
 * {@link dev.formcheck.pose.Pose} in frame pixels.
 *
 * <p>This package owns every ONNX Runtime session it opens and closes it; {@code ai.onnxruntime}
 * types never appear outside it (the model importer is the only other user). It may use
 * {@code capture} (for the frame type) and {@code common}. Its one exception type is
 * {@link dev.formcheck.pose.PoseException}. Pose over time (tracking crop, smoothing, "no person")
 * is in {@code pose.tracking}, which uses this package and not the other way round.
 */
package dev.formcheck.pose;
