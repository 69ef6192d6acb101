package dev.formcheck.kinematics;

/** How a {@link SpineEstimate} was made. */
public enum SpineMethod {
    /**
     * From keypoints, both signs available: the head-and-shoulder line against the trunk, and the
     * trunk against the thigh beyond the hip's range ({@link KeypointSpineEstimator}).
     */
    KEYPOINT_HEAD_LINE_AND_HIP_RANGE,
    /** From keypoints, the head-and-shoulder line only (the knee was not visible). */
    KEYPOINT_HEAD_LINE,
    /** From keypoints, the hip's range only (no ear was visible). */
    KEYPOINT_HIP_RANGE,
    /**
     * From the outline of the back in the image: a person-segmentation mask's edge between hip and
     * shoulder ({@link SilhouetteSpineEstimator}).
     */
    SILHOUETTE
}
