package dev.formcheck.pose;

import dev.formcheck.capture.RgbImage;

/**
 * Finds one person's keypoints in a frame. Implementations own native resources: close them.
 * Not thread-safe: one estimator serves one thread.
 */
public interface PoseEstimator extends AutoCloseable {
    /** Keypoints in the frame's pixel coordinates; low scores mean the point was not seen. */
    Pose estimate(RgbImage frame);

    /** Time spent in the last {@link #estimate} call, stage by stage. */
    StageTimings lastTimings();

    @Override
    void close();
}
