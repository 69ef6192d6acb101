package dev.formcheck.kinematics;

import dev.formcheck.pose.Keypoint;

/** A 2D vector or point in frame pixels, x right, y down. Package-private arithmetic for the calculators. */
record Vec2(double x, double y) {
    static Vec2 of(Keypoint k) {
        return new Vec2(k.x(), k.y());
    }

    /** From {@code from} to {@code to}. */
    static Vec2 between(Keypoint from, Keypoint to) {
        return new Vec2(to.x() - from.x(), to.y() - from.y());
    }

    Vec2 minus(Vec2 o) {
        return new Vec2(x - o.x, y - o.y);
    }

    double dot(Vec2 o) {
        return x * o.x + y * o.y;
    }

    /**
     * The z component of this × o. With y down, it is positive when {@code o} lies clockwise on
     * the screen from this vector (less than half a turn away).
     */
    double cross(Vec2 o) {
        return x * o.y - y * o.x;
    }

    double length() {
        return Math.hypot(x, y);
    }

    double distanceTo(Vec2 o) {
        return minus(o).length();
    }

    static Vec2 midpoint(Vec2 a, Vec2 b) {
        return new Vec2((a.x + b.x) / 2, (a.y + b.y) / 2);
    }
}
