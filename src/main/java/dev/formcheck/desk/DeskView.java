package dev.formcheck.desk;

/**
 * Where the desk camera sits. A baseline is taken in one view and only samples in the same view
 * are judged against it.
 */
public enum DeskView {
    /** On the monitor, facing the user: usually head and upper chest only, hips never. */
    FRONT,
    /** Beside the user: ear, shoulder and hip on the near side. */
    SIDE,
    /** Neither can be read from the keypoints (too little of the person visible, or turned half-way). */
    UNKNOWN
}
