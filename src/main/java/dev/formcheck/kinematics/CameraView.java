package dev.formcheck.kinematics;

/**
 * From where the camera sees the body, as {@link ViewDetector} estimates it from the keypoints.
 * Angles in brackets are the body's turn away from facing the camera.
 */
public enum CameraView {
    /** Side-on (60-90°): the sagittal plane faces the camera, so the back's curve, the hip hinge and the body line show. */
    SIDE,
    /** Facing the camera or turned away from it (0-30°): both sides show, the back's curve does not. */
    FRONT,
    /** In between (30-60°): sagittal angles are foreshortened, left/right comparisons skewed. */
    OBLIQUE,
    /** Not enough of the torso is visible to tell. */
    UNKNOWN
}
