package dev.formcheck.synthetic;

import java.awt.Color;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.geom.Point2D;

/**
 * One soft key light from the upper left, in front of the body, plus ambient light: Lambert
 * diffuse shading with a small highlight and darkened silhouette edges, painted as gradients
 * across each limb (a cylinder) or around each ball (a sphere).
 */
final class Lighting {
    /** Light direction in camera space (x right, y up, z away from the camera): upper left, towards the viewer. */
    private static final Vec3 LIGHT = new Vec3(-0.45, 0.6, -0.66).normalized();
    private static final Vec3 VIEWER = new Vec3(0, 0, -1);
    private static final Vec3 HALFWAY = LIGHT.plus(VIEWER).normalized();
    /** Share of the base colour lit by ambient light alone: the shadowed side is never black. */
    private static final double AMBIENT = 0.48;
    private static final double DIFFUSE = 0.62;
    /** A faint sheen: skin and cotton, not plastic. */
    private static final double SPECULAR = 0.10;
    private static final double SHININESS = 12;
    /** How much surfaces seen edge-on darken (the silhouette rim). */
    private static final double RIM_DARKENING = 0.22;
    /** Samples across a limb's gradient. */
    private static final int STOPS = 9;

    private Lighting() {
    }

    /** The colour of a surface with camera-space normal {@code n}, {@code base} dimmed by {@code shade} (0..1). */
    static Color shadeColour(Rgb base, Vec3 n, double shade) {
        double diffuse = Math.max(0, n.dot(LIGHT));
        double facing = Math.max(0, n.dot(VIEWER));
        double intensity = (AMBIENT + DIFFUSE * diffuse) * (1 - RIM_DARKENING * (1 - facing)) * shade;
        double spec = SPECULAR * Math.pow(Math.max(0, n.dot(HALFWAY)), SHININESS) * 255 * shade;
        return new Color(clamp(base.red() * intensity + spec), clamp(base.green() * intensity + spec),
                clamp(base.blue() * intensity + spec));
    }

    /** A flat colour for small details (eyes, mouth), dimmed by {@code shade}. */
    static Color flat(Rgb base, double shade) {
        return new Color(clamp(base.red() * shade), clamp(base.green() * shade), clamp(base.blue() * shade));
    }

    /**
     * The gradient across a limb whose axis runs from {@code a} to {@code b} on screen, {@code halfWidth}
     * pixels to each side: the surface normal turns from one silhouette edge, through facing the
     * camera, to the other.
     */
    static Paint cylinder(Point2D a, Point2D b, double halfWidth, Rgb base, double shade) {
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double len = Math.hypot(dx, dy);
        Point2D mid = new Point2D.Double((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2);
        if (len < 1e-6 || halfWidth < 1e-6) {
            return sphere(mid, Math.max(halfWidth, 1), base, shade);
        }
        // Screen normal of the axis (y down) and the same direction in camera space (y up).
        double nx = -dy / len;
        double ny = dx / len;
        Vec3 across = new Vec3(nx, -ny, 0);
        float[] fractions = new float[STOPS];
        Color[] colours = new Color[STOPS];
        for (int i = 0; i < STOPS; i++) {
            double f = i / (double) (STOPS - 1);
            double s = 2 * f - 1;
            Vec3 normal = across.times(s).plus(VIEWER.times(Math.sqrt(Math.max(0, 1 - s * s))));
            fractions[i] = (float) f;
            colours[i] = shadeColour(base, normal, shade);
        }
        Point2D start = new Point2D.Double(mid.getX() - nx * halfWidth, mid.getY() - ny * halfWidth);
        Point2D end = new Point2D.Double(mid.getX() + nx * halfWidth, mid.getY() + ny * halfWidth);
        return new LinearGradientPaint(start, end, fractions, colours, MultipleGradientPaint.CycleMethod.NO_CYCLE);
    }

    /**
     * A ball of {@code radius} pixels at {@code centre}: brightest where its normal is halfway
     * between light and viewer, turning to the rim away from the light.
     */
    static Paint sphere(Point2D centre, double radius, Rgb base, double shade) {
        // Where that brightest normal is seen on screen (orthographic: camera y up, screen y down).
        double hx = HALFWAY.x();
        double hy = -HALFWAY.y();
        Point2D focus = new Point2D.Double(centre.getX() + hx * radius, centre.getY() + hy * radius);
        double reach = radius * (1 + Math.hypot(hx, hy));
        Vec3 rim = new Vec3(-HALFWAY.x(), -HALFWAY.y(), 0).normalized();
        float[] fractions = new float[STOPS];
        Color[] colours = new Color[STOPS];
        for (int i = 0; i < STOPS; i++) {
            double t = i / (double) (STOPS - 1);
            Vec3 normal = HALFWAY.times(1 - t).plus(rim.times(t)).normalized();
            fractions[i] = (float) t;
            colours[i] = shadeColour(base, normal, shade);
        }
        return new RadialGradientPaint(focus, (float) Math.max(1, reach), focus, fractions, colours,
                MultipleGradientPaint.CycleMethod.NO_CYCLE);
    }

    private static int clamp(double v) {
        return (int) Math.round(Math.max(0, Math.min(255, v)));
    }
}
