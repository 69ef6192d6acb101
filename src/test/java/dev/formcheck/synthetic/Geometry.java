package dev.formcheck.synthetic;

/** Angles measured back from points, written independently of the code under test. */
final class Geometry {
    private Geometry() {
    }

    /** The angle at {@code b} between the rays to {@code a} and {@code c}, in degrees (180 = straight). */
    static double angleAt(Vec3 a, Vec3 b, Vec3 c) {
        Vec3 u = a.minus(b);
        Vec3 v = c.minus(b);
        // atan2 of |u x v| and u.v: well conditioned near 0 and 180 degrees, where acos is not.
        return Math.toDegrees(Math.atan2(u.cross(v).length(), u.dot(v)));
    }

    /** The same in an image: points as (x, y) pixels. */
    static double angleAt(ImagePoint a, ImagePoint b, ImagePoint c) {
        return angleAt(new Vec3(a.x(), a.y(), 0), new Vec3(b.x(), b.y(), 0), new Vec3(c.x(), c.y(), 0));
    }

    /** The angle of {@code from -> to} below the horizontal plane, degrees (negative: rising). */
    static double belowHorizontal(Vec3 from, Vec3 to) {
        Vec3 d = to.minus(from);
        return Math.toDegrees(Math.atan2(-d.y(), Math.hypot(d.x(), d.z())));
    }

    /** The angle of {@code from -> to} away from straight up, degrees. */
    static double fromVertical(Vec3 from, Vec3 to) {
        Vec3 d = to.minus(from);
        return Math.toDegrees(Math.acos(d.y() / d.length()));
    }
}
