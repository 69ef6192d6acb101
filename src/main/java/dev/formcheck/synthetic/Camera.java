package dev.formcheck.synthetic;

/**
 * A pinhole camera looking at {@code target} from a point on a sphere around it.
 *
 * @param azimuthDegrees where the camera stands around the target, seen from above: 0 in front of
 *     a body facing the world's +x, 90 at its right (+z: a side view of its right side), 180
 *     behind it, 270 at its left
 * @param elevationDegrees the camera's height angle above the target's horizontal plane (negative looks up)
 * @param distance metres from the target to the camera
 * @param target the world point at the image centre
 * @param verticalFovDegrees vertical field of view
 * @param width image width in pixels
 * @param height image height in pixels
 */
public record Camera(double azimuthDegrees, double elevationDegrees, double distance, Vec3 target,
                     double verticalFovDegrees, int width, int height) {
    /** Points closer than this (metres along the optical axis) are behind the image plane and not projected. */
    static final double NEAR_PLANE = 0.05;
    /** Beyond this elevation the camera's "up" is undefined (looking straight down or up). */
    static final double MAX_ELEVATION = 85;

    public Camera {
        if (!(Math.abs(elevationDegrees) <= MAX_ELEVATION)) {
            throw new IllegalArgumentException("camera elevation must be within +-" + MAX_ELEVATION
                    + " degrees, not " + elevationDegrees);
        }
        if (!(distance > NEAR_PLANE && distance < 1000)) {
            throw new IllegalArgumentException("camera distance must be " + NEAR_PLANE + "..1000 m, not " + distance);
        }
        if (!(verticalFovDegrees >= 5 && verticalFovDegrees <= 150)) {
            throw new IllegalArgumentException("vertical field of view must be 5..150 degrees, not " + verticalFovDegrees);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, not " + width + "x" + height);
        }
        if (target == null || !Double.isFinite(azimuthDegrees)) {
            throw new IllegalArgumentException("a camera needs a target and a finite azimuth");
        }
    }

    /**
     * A camera on a tripod at the side of a 1.75 m adult standing at the origin facing +x, its
     * right side towards the camera: 2.4 m away, a little above hip height, looking at the middle
     * of the body, with a 50 degree vertical field of view (a phone's main camera in landscape is
     * about 45-55). At 640x480 the standing body is about 375 pixels tall, 78% of the frame.
     * MoveNet Lightning's mean keypoint score over the 20 s squat set, by camera distance: 0.48 at
     * 2.9 m, 0.51 at 2.6 m, 0.54 at 2.4 m, 0.56 at 2.3 m (where the head nearly leaves the frame).
     */
    public static Camera sideView(int width, int height) {
        return new Camera(90, 3, SIDE_VIEW_DISTANCE, new Vec3(0.05, 0.85, 0), 50, width, height);
    }

    /** Metres from the body to the camera of {@link #sideView}. */
    static final double SIDE_VIEW_DISTANCE = 2.4;

    public Camera withAzimuth(double degrees) {
        return new Camera(degrees, elevationDegrees, distance, target, verticalFovDegrees, width, height);
    }

    public Camera withElevation(double degrees) {
        return new Camera(azimuthDegrees, degrees, distance, target, verticalFovDegrees, width, height);
    }

    public Camera withDistance(double metres) {
        return new Camera(azimuthDegrees, elevationDegrees, metres, target, verticalFovDegrees, width, height);
    }

    public Camera withTarget(Vec3 point) {
        return new Camera(azimuthDegrees, elevationDegrees, distance, point, verticalFovDegrees, width, height);
    }

    public Vec3 position() {
        double az = Math.toRadians(azimuthDegrees);
        double el = Math.toRadians(elevationDegrees);
        return target.plus(new Vec3(Math.cos(el) * Math.cos(az), Math.sin(el), Math.cos(el) * Math.sin(az)).times(distance));
    }

    /** The unit vector the camera looks along. */
    public Vec3 forward() {
        return target.minus(position()).normalized();
    }

    /** The image's "right" in the world. */
    public Vec3 right() {
        return forward().cross(Vec3.UP).normalized();
    }

    /** The image's "up" in the world. */
    public Vec3 up() {
        return right().cross(forward());
    }

    /** Focal length in pixels. */
    public double focalLengthPixels() {
        return height / 2.0 / Math.tan(Math.toRadians(verticalFovDegrees) / 2);
    }

    /** Camera coordinates of a world point: x right, y up, z along the optical axis (depth). */
    public Vec3 toCameraSpace(Vec3 world) {
        Vec3 d = world.minus(position());
        return new Vec3(d.dot(right()), d.dot(up()), d.dot(forward()));
    }

    public ImagePoint project(Vec3 world) {
        return projectCameraSpace(toCameraSpace(world));
    }

    /** Projects camera coordinates; a point at or behind the near plane keeps its depth and gets no meaningful x, y. */
    public ImagePoint projectCameraSpace(Vec3 c) {
        if (c.z() <= NEAR_PLANE) {
            return new ImagePoint(Double.NaN, Double.NaN, c.z());
        }
        double f = focalLengthPixels();
        return new ImagePoint(width / 2.0 + f * c.x() / c.z(), height / 2.0 - f * c.y() / c.z(), c.z());
    }

    /** A size of {@code metres} at {@code depth}, in pixels. */
    public double pixelsAt(double metres, double depth) {
        return metres * focalLengthPixels() / depth;
    }

    public boolean inFrame(ImagePoint p) {
        return p.inFrontOfCamera() && p.x() >= 0 && p.x() < width && p.y() >= 0 && p.y() < height;
    }
}
