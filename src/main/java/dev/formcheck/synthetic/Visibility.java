package dev.formcheck.synthetic;

/** Whether a true keypoint can be seen in its frame (COCO's v = 2, 1, 0). */
public enum Visibility {
    /** In the frame, and the body part it belongs to is the nearest surface there. */
    VISIBLE,
    /** In the frame, behind another part of the body (the far knee in a side view) or facing away (the far eye). */
    OCCLUDED,
    /** Outside the image or behind the camera. */
    OUTSIDE_FRAME
}
