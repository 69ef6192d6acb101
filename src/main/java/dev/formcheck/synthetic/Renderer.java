package dev.formcheck.synthetic;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.BodyPart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders the synthetic body with Java2D into an offscreen image: the room, a shadow, then the
 * mannequin's parts painted far to near (painter's algorithm by depth). Alongside the image come
 * the true 2D COCO keypoints, each with its visibility, as COCO's annotators would mark it: a
 * keypoint is occluded when a face point looks away from the camera, or when another part of the
 * body covers its pixel and lies well in front of it ({@link #OCCLUSION_DEPTH}): the far knee
 * behind the near leg, the far hip behind the pelvis. Clothing over a joint (a shirt's hem over
 * the hips seen from the front) is the person's surface, not an occluder.
 *
 * <p>Stateless and headless; one instance may be shared.
 */
public final class Renderer {
    /**
     * How far in front of a keypoint, as a fraction of body height, another part's nearest surface
     * must be to hide it: more than a garment over the joint's own limb (the shirt's hem is about
     * 0.065 H in front of the hip joint seen from the front), less than the body's width (the
     * pelvis is about 0.14 H in front of the far hip seen from the side).
     */
    static final double OCCLUSION_DEPTH = 0.08;

    private final Appearance appearance;
    private final Scene scene;

    public Renderer(Appearance appearance, Scene scene) {
        this.appearance = appearance;
        this.scene = scene;
    }

    public static Renderer withDefaults() {
        return new Renderer(Appearance.defaults(), Scene.studio());
    }

    public SyntheticFrame render(Skeleton skeleton, Camera camera, long timestampMicros) {
        BufferedImage image = new BufferedImage(camera.width(), camera.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        List<Mannequin.Primitive> drawn;
        try {
            configure(g);
            Room.draw(g, camera, scene);
            Vec3 feet = skeleton.point(Landmark.LEFT_ANKLE).lerp(skeleton.point(Landmark.RIGHT_ANKLE), 0.5);
            Room.shadow(g, camera, feet, skeleton.body().height());
            drawn = new ArrayList<>(Mannequin.build(skeleton, camera, appearance));
            drawn.sort(Comparator.comparingDouble((Mannequin.Primitive p) -> p.depth).reversed());
            for (Mannequin.Primitive p : drawn) {
                p.paint(g);
            }
        } finally {
            g.dispose();
        }
        return new SyntheticFrame(toRgb(image, timestampMicros), truth(skeleton, camera, drawn), skeleton);
    }

    /** The room alone, as the renderer draws it behind a body: what "background" means in tests. */
    public RgbImage renderEmptyRoom(Camera camera, long timestampMicros) {
        BufferedImage image = new BufferedImage(camera.width(), camera.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            configure(g);
            Room.draw(g, camera, scene);
        } finally {
            g.dispose();
        }
        return toRgb(image, timestampMicros);
    }

    private static void configure(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** The true keypoints, given the primitives in the order they were painted (far to near). */
    private static List<TrueKeypoint> truth(Skeleton skeleton, Camera camera, List<Mannequin.Primitive> drawn) {
        List<TrueKeypoint> out = new ArrayList<>(BodyPart.COUNT);
        Vec3 cameraPosition = camera.position();
        for (BodyPart part : BodyPart.values()) {
            Vec3 world = skeleton.point(part);
            ImagePoint p = camera.project(world);
            Visibility v;
            if (!camera.inFrame(p)) {
                v = Visibility.OUTSIDE_FRAME;
            } else if (!facesCamera(skeleton, part, cameraPosition)) {
                v = Visibility.OCCLUDED;
            } else {
                v = Visibility.VISIBLE;
                double hiddenBehind = p.depth() - OCCLUSION_DEPTH * skeleton.body().height();
                for (Mannequin.Primitive other : drawn) {
                    if (!other.carries.contains(part) && other.nearestDepth < hiddenBehind
                            && other.outline().contains(p.x(), p.y())) {
                        v = Visibility.OCCLUDED;
                        break;
                    }
                }
            }
            out.add(new TrueKeypoint(part, p.x(), p.y(), p.depth(), v));
        }
        return out;
    }

    /** Face points turned away from the camera cannot be seen whatever is in front of them. */
    private static boolean facesCamera(Skeleton skeleton, BodyPart part, Vec3 cameraPosition) {
        return switch (part) {
            case NOSE, LEFT_EYE, RIGHT_EYE, LEFT_EAR, RIGHT_EAR -> Mannequin.faceKeypointSeen(skeleton, part, cameraPosition);
            default -> true;
        };
    }

    private static RgbImage toRgb(BufferedImage image, long timestampMicros) {
        int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] rgb = new byte[argb.length * 3];
        for (int i = 0, o = 0; i < argb.length; i++) {
            int c = argb[i];
            rgb[o++] = (byte) (c >> 16);
            rgb[o++] = (byte) (c >> 8);
            rgb[o++] = (byte) c;
        }
        return RgbImage.copyOf(image.getWidth(), image.getHeight(), rgb, timestampMicros);
    }
}
