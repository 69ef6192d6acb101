package dev.formcheck.pose.silhouette;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.Optional;

/**
 * A square region of the image, centred on the hips and turned so the trunk points straight up:
 * the alignment BlazePose's landmark model was trained on, whatever the body's angle in the image
 * (a plank lies flat; its crop stands it up). In crop coordinates the hip centre is the middle,
 * the shoulders are straight above it, and {@code +u} is the crop's right.
 *
 * @param centerX the hip centre in image pixels
 * @param centerY the hip centre in image pixels
 * @param size the crop's side in image pixels
 * @param angleRadians how far the crop is turned: the crop's up is the image direction
 *     {@code (sin a, -cos a)}
 * @param trunkLength hip centre to shoulder centre, image pixels
 */
public record BodyCrop(double centerX, double centerY, double size, double angleRadians, double trunkLength) {
    /**
     * The crop's side as a multiple of the body's reach from the hip centre, doubled: 1.25 leaves a
     * margin around the farthest keypoint, the scale MediaPipe's pose tracking uses for its ROI.
     */
    public static final double MARGIN = 1.25;
    /** Keypoints below this score neither place nor size the crop. */
    public static final double MIN_SCORE = 0.2;

    public BodyCrop {
        if (!(size > 0) || !(trunkLength > 0) || !Double.isFinite(angleRadians)) {
            throw new IllegalArgumentException("a body crop needs a positive size and trunk, not " + size + ", " + trunkLength);
        }
    }

    /** The crop around a pose; empty without a hip and a shoulder to align on. */
    public static Optional<BodyCrop> around(Pose pose) {
        Optional<double[]> hip = centre(pose, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP);
        Optional<double[]> shoulder = centre(pose, BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER);
        if (hip.isEmpty() || shoulder.isEmpty()) {
            return Optional.empty();
        }
        double hx = hip.get()[0];
        double hy = hip.get()[1];
        double dx = shoulder.get()[0] - hx;
        double dy = shoulder.get()[1] - hy;
        double trunk = Math.hypot(dx, dy);
        if (trunk < 1) {
            return Optional.empty();
        }
        double reach = trunk;
        for (Keypoint k : pose.keypoints()) {
            if (k.score() >= MIN_SCORE) {
                reach = Math.max(reach, Math.hypot(k.x() - hx, k.y() - hy));
            }
        }
        // the crop's up (sin a, -cos a) must equal the trunk's direction (dx, dy) / trunk
        double angle = Math.atan2(dx, -dy);
        return Optional.of(new BodyCrop(hx, hy, 2 * reach * MARGIN, angle, trunk));
    }

    /** The image point under crop pixel centre {@code (u, v)} of a {@code cropSize}-pixel crop. */
    public double[] toImage(double u, double v, int cropSize) {
        double du = (u + 0.5 - cropSize / 2.0) / cropSize * size;
        double dv = (v + 0.5 - cropSize / 2.0) / cropSize * size;
        double c = Math.cos(angleRadians);
        double s = Math.sin(angleRadians);
        return new double[] {centerX + c * du - s * dv, centerY + s * du + c * dv};
    }

    /** The crop position {@code (u, v)} (pixel-centre coordinates) of image point {@code (x, y)}. */
    public double[] toCrop(double x, double y, int cropSize) {
        double dx = x - centerX;
        double dy = y - centerY;
        double c = Math.cos(angleRadians);
        double s = Math.sin(angleRadians);
        double du = c * dx + s * dy;
        double dv = -s * dx + c * dy;
        return new double[] {du / size * cropSize + cropSize / 2.0 - 0.5, dv / size * cropSize + cropSize / 2.0 - 0.5};
    }

    /** How far the trunk leans from upright, radians: 0 standing, pi/2 lying flat, up to pi head down. */
    public double leanRadians() {
        return Math.abs(Math.IEEEremainder(angleRadians, 2 * Math.PI));
    }

    /** Image pixels per crop pixel. */
    public double scale(int cropSize) {
        return size / cropSize;
    }

    private static Optional<double[]> centre(Pose pose, BodyPart left, BodyPart right) {
        Keypoint l = pose.get(left);
        Keypoint r = pose.get(right);
        boolean lOk = l.score() >= MIN_SCORE;
        boolean rOk = r.score() >= MIN_SCORE;
        if (lOk && rOk) {
            return Optional.of(new double[] {(l.x() + r.x()) / 2, (l.y() + r.y()) / 2});
        }
        if (lOk || rOk) {
            Keypoint k = lOk ? l : r;
            return Optional.of(new double[] {k.x(), k.y()});
        }
        return Optional.empty();
    }
}
