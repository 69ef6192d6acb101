package dev.formcheck.synthetic;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the room in perspective: a wall behind the body, a floor with boards running away from the
 * camera (their joints converge on the horizon), skirting where they meet, and a soft shadow under
 * the body. Polygons are clipped at the camera's near plane before projection.
 */
final class Room {
    /** Half the room's width across the view, metres: wider than any view of it. */
    private static final double HALF_WIDTH = 30;
    private static final double WALL_HEIGHT = 6;
    private static final double SKIRTING_HEIGHT = 0.09;
    /** Shadow radius around the feet, as a fraction of body height. */
    private static final double SHADOW_RADIUS = 0.22;
    private static final int SHADOW_RINGS = 5;

    private Room() {
    }

    static void draw(Graphics2D g, Camera camera, Scene scene) {
        g.setColor(Lighting.flat(scene.wall(), 0.95));
        g.fillRect(0, 0, camera.width(), camera.height());

        Vec3 ahead = horizontal(camera.forward());
        Vec3 across = ahead.cross(Vec3.UP).normalized();
        Vec3 base = new Vec3(camera.target().x(), 0, camera.target().z());
        Vec3 wallFoot = base.plus(ahead.times(scene.wallBehindTarget()));
        Vec3 nearEdge = base.minus(ahead.times(camera.distance() + 5));

        // The wall: lighter towards the top, as if lit from above.
        Path2D wall = polygon(camera, List.of(
                wallFoot.minus(across.times(HALF_WIDTH)), wallFoot.plus(across.times(HALF_WIDTH)),
                wallFoot.plus(across.times(HALF_WIDTH)).plus(Vec3.UP.times(WALL_HEIGHT)),
                wallFoot.minus(across.times(HALF_WIDTH)).plus(Vec3.UP.times(WALL_HEIGHT))));
        ImagePoint wallLow = camera.project(wallFoot);
        ImagePoint wallHigh = camera.project(wallFoot.plus(Vec3.UP.times(2.5)));
        if (wall != null && wallLow.inFrontOfCamera()) {
            g.setPaint(new GradientPaint(0, (float) wallHigh.y(), Lighting.flat(scene.wall(), 1.02),
                    0, (float) wallLow.y(), Lighting.flat(scene.wall(), 0.88)));
            g.fill(wall);
        }

        // The floor: darker far away, the boards' joints running towards the horizon.
        Path2D floor = polygon(camera, List.of(
                nearEdge.minus(across.times(HALF_WIDTH)), nearEdge.plus(across.times(HALF_WIDTH)),
                wallFoot.plus(across.times(HALF_WIDTH)), wallFoot.minus(across.times(HALF_WIDTH))));
        if (floor != null) {
            g.setPaint(new GradientPaint(0, (float) Math.max(0, wallLow.y()), Lighting.flat(scene.floor(), 0.82),
                    0, camera.height(), Lighting.flat(scene.floor(), 1.08)));
            g.fill(floor);
            g.setStroke(new BasicStroke(1f));
            g.setColor(Lighting.flat(scene.floor(), 0.72));
            int boards = (int) Math.ceil(HALF_WIDTH / scene.boardWidth());
            for (int k = -boards; k <= boards; k++) {
                Vec3 offset = across.times(k * scene.boardWidth());
                line(g, camera, nearEdge.plus(offset), wallFoot.plus(offset));
            }
        }

        // Skirting along the foot of the wall.
        Path2D skirting = polygon(camera, List.of(
                wallFoot.minus(across.times(HALF_WIDTH)), wallFoot.plus(across.times(HALF_WIDTH)),
                wallFoot.plus(across.times(HALF_WIDTH)).plus(Vec3.UP.times(SKIRTING_HEIGHT)),
                wallFoot.minus(across.times(HALF_WIDTH)).plus(Vec3.UP.times(SKIRTING_HEIGHT))));
        if (skirting != null) {
            g.setColor(Lighting.flat(scene.skirting(), 0.95));
            g.fill(skirting);
            g.setColor(Lighting.flat(scene.skirting(), 0.7));
            line(g, camera, wallFoot.minus(across.times(HALF_WIDTH)), wallFoot.plus(across.times(HALF_WIDTH)));
        }
    }

    /** A soft shadow on the floor around {@code centre}: a few rings of translucent dark. */
    static void shadow(Graphics2D g, Camera camera, Vec3 centre, double bodyHeight) {
        Vec3 onFloor = new Vec3(centre.x(), 0.002, centre.z());
        for (int ring = SHADOW_RINGS; ring >= 1; ring--) {
            double radius = SHADOW_RADIUS * bodyHeight * ring / SHADOW_RINGS;
            List<Vec3> circle = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                double a = 2 * Math.PI * i / 32;
                // Longer along the light's direction (from the front-left).
                circle.add(onFloor.plus(new Vec3(Math.cos(a) * radius * 1.3, 0, Math.sin(a) * radius * 0.7)));
            }
            Path2D shape = polygon(camera, circle);
            if (shape != null) {
                g.setColor(new Color(0, 0, 0, 22));
                g.fill(shape);
            }
        }
    }

    private static Vec3 horizontal(Vec3 v) {
        Vec3 h = new Vec3(v.x(), 0, v.z());
        return h.length() < 1e-9 ? new Vec3(1, 0, 0) : h.normalized();
    }

    private static void line(Graphics2D g, Camera camera, Vec3 a, Vec3 b) {
        Path2D path = polygon(camera, List.of(a, b));
        if (path != null) {
            g.draw(path);
        }
    }

    /**
     * The projected outline of a world polygon (or a segment, with two points), clipped to the part
     * in front of the camera's near plane; null if nothing of it is in front.
     */
    static Path2D polygon(Camera camera, List<Vec3> world) {
        List<Vec3> cam = new ArrayList<>();
        for (Vec3 w : world) {
            cam.add(camera.toCameraSpace(w));
        }
        List<Vec3> clipped = clipToNearPlane(cam, world.size() > 2);
        if (clipped.size() < 2) {
            return null;
        }
        Path2D path = new Path2D.Double();
        for (int i = 0; i < clipped.size(); i++) {
            ImagePoint p = camera.projectCameraSpace(clipped.get(i));
            if (i == 0) {
                path.moveTo(p.x(), p.y());
            } else {
                path.lineTo(p.x(), p.y());
            }
        }
        if (world.size() > 2) {
            path.closePath();
        }
        return path;
    }

    /** Sutherland-Hodgman against the plane z = near (camera space), for a closed polygon or an open segment. */
    private static List<Vec3> clipToNearPlane(List<Vec3> points, boolean closed) {
        double near = Camera.NEAR_PLANE * 2;
        List<Vec3> out = new ArrayList<>();
        int n = points.size();
        int edges = closed ? n : n - 1;
        if (!closed && n > 0 && points.get(0).z() > near) {
            out.add(points.get(0));
        }
        for (int i = 0; i < edges; i++) {
            Vec3 a = points.get(i);
            Vec3 b = points.get((i + 1) % n);
            boolean aIn = a.z() > near;
            boolean bIn = b.z() > near;
            if (aIn != bIn) {
                double t = (near - a.z()) / (b.z() - a.z());
                out.add(a.lerp(b, t));
            }
            if (bIn) {
                out.add(b);
            }
        }
        return out;
    }
}
