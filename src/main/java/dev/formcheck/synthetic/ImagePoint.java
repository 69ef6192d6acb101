package dev.formcheck.synthetic;

/**
 * A 3D point as the camera sees it: pixel coordinates (x right, y down, the image's top-left
 * corner at 0, 0) and depth along the optical axis in metres (positive in front of the camera).
 */
public record ImagePoint(double x, double y, double depth) {
    public boolean inFrontOfCamera() {
        return depth > Camera.NEAR_PLANE;
    }
}
