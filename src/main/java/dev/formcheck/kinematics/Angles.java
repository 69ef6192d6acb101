package dev.formcheck.kinematics;

import dev.formcheck.pose.Keypoint;

/**
 * Pure angle calculators on 2D keypoints in frame pixels (x right, y down), in degrees. They look
 * only at positions: whether a keypoint can be trusted is {@link KeypointVisibility}'s question,
 * asked before these are called.
 *
 * <p>Chains are written headward first: {@code angleOnFront(shoulder, hip, knee, facing)} has the
 * ray towards the head ({@code hip→shoulder}) first. A degenerate chain (two points on top of each
 * other) has no angle: the result is {@code NaN}.
 */
public final class Angles {
    private static final double FULL_TURN = 360;

    private Angles() {
    }

    /** The angle at {@code vertex} between the rays to {@code a} and to {@code c}: 0..180, 180 for a straight line. */
    public static double interiorAngle(Keypoint a, Keypoint vertex, Keypoint c) {
        return interior(Vec2.between(vertex, a), Vec2.between(vertex, c));
    }

    /**
     * The angle at {@code vertex} measured on the front of the body: swept from the ray to the
     * headward point {@code headward} to the ray to {@code footward}, through the side the body
     * faces. 0..360; 180 is a straight line; below 180 the chain is bent forward (flexed), above
     * 180 bent backward (extended).
     *
     * <p>The hip angle (shoulder-hip-knee) is 180 standing and 90 sitting; the head line
     * (ear-shoulder-hip) drops below 180 as the head and shoulders come forward; the body line
     * (shoulder-hip-ankle) of a plank is below 180 when the hips pike and above when they sag.
     */
    public static double angleOnFront(Keypoint headward, Keypoint vertex, Keypoint footward, Facing facing) {
        Vec2 up = Vec2.between(vertex, headward);
        Vec2 down = Vec2.between(vertex, footward);
        double inside = interior(up, down);
        if (Double.isNaN(inside)) {
            return Double.NaN;
        }
        double clockwise = up.cross(down) >= 0 ? inside : FULL_TURN - inside;
        return facing == Facing.RIGHT ? clockwise : (FULL_TURN - clockwise) % FULL_TURN;
    }

    /**
     * The angle at {@code vertex} measured on the back of the body: {@code 360 - angleOnFront}.
     * The knee's natural angle: 180 straight, less as it bends (the shank swings back), above 180
     * hyperextended.
     */
    public static double angleOnBack(Keypoint headward, Keypoint vertex, Keypoint footward, Facing facing) {
        return FULL_TURN - angleOnFront(headward, vertex, footward, facing);
    }

    /**
     * How far the line {@code from→to} leans from the upward vertical of the image, signed:
     * positive towards the front of the body, negative towards its back. (-180, 180]. For the
     * trunk ({@code hip→shoulder}): 0 upright, +45 leaning forward half-way, +90 lying face down
     * (a plank), -90 lying on the back.
     */
    public static double inclinationFromVertical(Keypoint from, Keypoint to, Facing facing) {
        return facing.clockwiseSign() * clockwiseFromUp(Vec2.between(from, to));
    }

    /** How far the line {@code from→to} leans from the upward vertical, either way: 0..180. */
    public static double unsignedInclination(Keypoint from, Keypoint to) {
        return Math.abs(clockwiseFromUp(Vec2.between(from, to)));
    }

    /**
     * How steep the line between {@code a} and {@code b} is against the image's horizontal,
     * either way and in either direction: 0..90, 0 level, 90 vertical. For shoulder→ankle: 0
     * lying flat, 90 standing.
     */
    public static double againstHorizontal(Keypoint a, Keypoint b) {
        Vec2 v = Vec2.between(a, b);
        if (v.length() == 0) {
            return Double.NaN;
        }
        return Math.toDegrees(Math.atan2(Math.abs(v.y()), Math.abs(v.x())));
    }

    /**
     * How far {@code hip→knee} points below the horizontal, given the length the thigh would show
     * if it were not foreshortened: {@code asin((knee.y - hip.y) / trueLength)}, the ratio clamped
     * to -1..1. +90 knee straight below the hip, 0 level, negative knee above the hip. Only the
     * vertical drop is read, which a level camera shows at full size from any side.
     */
    public static double belowHorizontal(Keypoint hip, Keypoint knee, double trueLength) {
        if (!(trueLength > 0)) {
            return Double.NaN;
        }
        double sine = Math.max(-1, Math.min(1, (knee.y() - hip.y()) / trueLength));
        return Math.toDegrees(Math.asin(sine));
    }

    /** The distance between two keypoints in frame pixels. */
    public static double distance(Keypoint a, Keypoint b) {
        return Vec2.between(a, b).length();
    }

    /** {@code left - right}: positive when the left angle is the larger. */
    public static double difference(double left, double right) {
        return left - right;
    }

    /** Clockwise angle on the screen from straight up to {@code v}: (-180, 180], NaN for a zero vector. */
    static double clockwiseFromUp(Vec2 v) {
        if (v.length() == 0) {
            return Double.NaN;
        }
        // up = (0, -1): cross(up, v) = v.x, dot(up, v) = -v.y
        return Math.toDegrees(Math.atan2(v.x(), -v.y()));
    }

    static double interior(Vec2 u, Vec2 w) {
        double lengths = u.length() * w.length();
        if (lengths == 0) {
            return Double.NaN;
        }
        // atan2 of |cross| and dot stays accurate near 0 and 180, where acos of the cosine does not.
        return Math.toDegrees(Math.atan2(Math.abs(u.cross(w)), u.dot(w)));
    }
}
