package dev.formcheck.synthetic;

/**
 * A 3x3 rotation matrix (row-major components). Its columns are the rotated frame's x, y and z
 * axes expressed in the parent frame.
 */
public record Rotation(double m00, double m01, double m02,
                       double m10, double m11, double m12,
                       double m20, double m21, double m22) {
    public static final Rotation IDENTITY = new Rotation(1, 0, 0, 0, 1, 0, 0, 0, 1);

    /** Right-handed rotation about x: y turns towards z. */
    public static Rotation aboutX(double degrees) {
        double c = Math.cos(Math.toRadians(degrees));
        double s = Math.sin(Math.toRadians(degrees));
        return new Rotation(1, 0, 0, 0, c, -s, 0, s, c);
    }

    /** Right-handed rotation about y: z turns towards x. */
    public static Rotation aboutY(double degrees) {
        double c = Math.cos(Math.toRadians(degrees));
        double s = Math.sin(Math.toRadians(degrees));
        return new Rotation(c, 0, s, 0, 1, 0, -s, 0, c);
    }

    /** Right-handed rotation about z: x turns towards y. */
    public static Rotation aboutZ(double degrees) {
        double c = Math.cos(Math.toRadians(degrees));
        double s = Math.sin(Math.toRadians(degrees));
        return new Rotation(c, -s, 0, s, c, 0, 0, 0, 1);
    }

    /** This frame followed by {@code local}, a rotation expressed in this frame: {@code this * local}. */
    public Rotation then(Rotation local) {
        Rotation a = this;
        Rotation b = local;
        return new Rotation(
                a.m00 * b.m00 + a.m01 * b.m10 + a.m02 * b.m20,
                a.m00 * b.m01 + a.m01 * b.m11 + a.m02 * b.m21,
                a.m00 * b.m02 + a.m01 * b.m12 + a.m02 * b.m22,
                a.m10 * b.m00 + a.m11 * b.m10 + a.m12 * b.m20,
                a.m10 * b.m01 + a.m11 * b.m11 + a.m12 * b.m21,
                a.m10 * b.m02 + a.m11 * b.m12 + a.m12 * b.m22,
                a.m20 * b.m00 + a.m21 * b.m10 + a.m22 * b.m20,
                a.m20 * b.m01 + a.m21 * b.m11 + a.m22 * b.m21,
                a.m20 * b.m02 + a.m21 * b.m12 + a.m22 * b.m22);
    }

    public Vec3 apply(Vec3 v) {
        return apply(v.x(), v.y(), v.z());
    }

    public Vec3 apply(double x, double y, double z) {
        return new Vec3(m00 * x + m01 * y + m02 * z, m10 * x + m11 * y + m12 * z, m20 * x + m21 * y + m22 * z);
    }

    public Rotation transposed() {
        return new Rotation(m00, m10, m20, m01, m11, m21, m02, m12, m22);
    }

    /** The frame's forward axis (x) in the parent frame. */
    public Vec3 xAxis() {
        return new Vec3(m00, m10, m20);
    }

    /** The frame's up axis (y) in the parent frame. */
    public Vec3 yAxis() {
        return new Vec3(m01, m11, m21);
    }

    /** The frame's right axis (z) in the parent frame. */
    public Vec3 zAxis() {
        return new Vec3(m02, m12, m22);
    }
}
