package dev.formcheck.synthetic;

/** A point or direction in metres. World frame: y up, the floor at y = 0 (see {@link BodyPose}). */
public record Vec3(double x, double y, double z) {
    public static final Vec3 ZERO = new Vec3(0, 0, 0);
    public static final Vec3 UP = new Vec3(0, 1, 0);

    public Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    public Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    public Vec3 times(double s) {
        return new Vec3(x * s, y * s, z * s);
    }

    public double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    public Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    public double length() {
        return Math.sqrt(dot(this));
    }

    public double distanceTo(Vec3 o) {
        return minus(o).length();
    }

    public Vec3 normalized() {
        double l = length();
        if (l == 0) {
            throw new IllegalStateException("cannot normalise a zero vector");
        }
        return times(1 / l);
    }

    /** {@code this} at t = 0, {@code o} at t = 1. */
    public Vec3 lerp(Vec3 o, double t) {
        return new Vec3(x * (1 - t) + o.x * t, y * (1 - t) + o.y * t, z * (1 - t) + o.z * t);
    }

    /** Reflected through the body's sagittal plane of the world (z to -z): left becomes right. */
    public Vec3 mirrored() {
        return new Vec3(x, y, -z);
    }
}
