package dev.formcheck.pose;

import dev.formcheck.capture.RgbImage;

/**
 * Finds one person's keypoints in a frame. Implementations own native resources: close them.
 * Not thread-safe: one estimator serves one thread.
 */
public interface PoseEstimator extends AutoCloseable {
    /**
     * Keypoints in the frame's pixel coordinates from one pass over the whole frame (letterboxed);
     * low scores mean the point was not seen. The same as
     * {@code estimate(frame, CropRegion.fullFrame(frame.width(), frame.height()))}.
     */
    Pose estimate(RgbImage frame);

    /**
     * Keypoints in the frame's pixel coordinates from one pass over {@code crop}, a square of the
     * frame that may extend beyond it (black outside). Keypoints may lie outside the frame when
     * the crop does.
     */
    Pose estimate(RgbImage frame, CropRegion crop);

    /** Time spent in the last {@link #estimate} call, stage by stage. */
    StageTimings lastTimings();

    @Override
    void close();
}
