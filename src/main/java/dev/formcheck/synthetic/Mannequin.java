package dev.formcheck.synthetic;

import dev.formcheck.pose.BodyPart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The shaded mannequin as a list of 2D primitives for one camera, each with its depth, to be
 * painted far to near: tapered capsules for limbs and trunk (elliptical sections for the trunk,
 * seen wider from the front than from the side), an ellipsoid head with
 * hair, ears and a face.
 */
final class Mannequin {
    /**
     * How much darker the far side of the body is: a part one {@link #FAR_SIDE_SPAN} (of body
     * height) deeper than the pelvis is drawn at {@code 1 - FAR_SIDE_DARKENING} of its colour.
     */
    static final double FAR_SIDE_DARKENING = 0.28;
    static final double FAR_SIDE_SPAN = 0.10;

    /** Painting order among parts at the same depth, as a depth bias in metres: limbs over trunk, head over neck. */
    private static final double LIMB_BIAS = 0.010;
    private static final double NECK_BIAS = 0.005;
    private static final double HEAD_BIAS = 0.030;
    /** Where the hairline crosses the head's up-and-back axis, in head radii from its centre: facing the camera, in profile, facing away. */
    private static final double HAIRLINE_FRONT = 0.50;
    private static final double HAIRLINE_PROFILE = 0.02;
    private static final double HAIRLINE_BACK = -0.75;
    /** Hair stands this much proud of the scalp, as a factor on the head's outline. */
    private static final double HAIR_VOLUME = 1.05;

    /**
     * A primitive: its outline on screen, how to paint it, the depth it is sorted by, the depth of
     * its nearest surface, and the keypoints it carries.
     */
    abstract static class Primitive {
        final double depth;
        final double nearestDepth;
        final Set<BodyPart> carries;

        Primitive(double depth, double nearestDepth, Set<BodyPart> carries) {
            this.depth = depth;
            this.nearestDepth = nearestDepth;
            this.carries = carries;
        }

        abstract Shape outline();

        abstract void paint(Graphics2D g);
    }

    private final Skeleton skeleton;
    private final Camera camera;
    private final Appearance look;
    private final Anthropometry body;
    private final double referenceDepth;
    private final Vec3 cameraPosition;

    private Mannequin(Skeleton skeleton, Camera camera, Appearance look) {
        this.skeleton = skeleton;
        this.camera = camera;
        this.look = look;
        this.body = skeleton.body();
        this.referenceDepth = camera.project(skeleton.point(Landmark.PELVIS)).depth();
        this.cameraPosition = camera.position();
    }

    /**
     * Whether a face keypoint turns towards the camera enough to be seen: its outward normal in
     * the head's frame against the direction to the camera. The nose tip sticks out, so it still
     * shows in a profile and a little beyond; an ear still shows from straight in front (COCO labels
     * both ears of a frontal face); an eye needs to face the camera. The same test decides what is
     * drawn and what the truth calls visible.
     */
    static boolean faceKeypointSeen(Skeleton skeleton, BodyPart part, Vec3 cameraPosition) {
        Vec3 normal;
        double threshold;
        switch (part) {
            case NOSE -> {
                normal = new Vec3(1, 0, 0);
                threshold = -0.35;
            }
            case LEFT_EYE, RIGHT_EYE -> {
                normal = new Vec3(1, 0, (part == BodyPart.RIGHT_EYE ? 1 : -1) * 0.45);
                threshold = 0.12;
            }
            case LEFT_EAR, RIGHT_EAR -> {
                normal = new Vec3(0, 0, part == BodyPart.RIGHT_EAR ? 1 : -1);
                threshold = -0.2;
            }
            default -> throw new IllegalArgumentException(part + " is not on the face");
        }
        Vec3 toCamera = cameraPosition.minus(skeleton.point(Landmark.HEAD_CENTRE)).normalized();
        return skeleton.frame(Segment.HEAD).apply(normal).normalized().dot(toCamera) > threshold;
    }

    static List<Primitive> build(Skeleton skeleton, Camera camera, Appearance look) {
        return new Mannequin(skeleton, camera, look).primitives();
    }

    private List<Primitive> primitives() {
        List<Primitive> out = new ArrayList<>();
        Anthropometry.CrossSection pelvis = body.pelvisHalfWidths();
        Anthropometry.CrossSection abdomen = body.abdomenHalfWidths();
        Anthropometry.CrossSection chest = body.chestHalfWidths();
        Rotation pelvisFrame = skeleton.frame(Segment.PELVIS);
        Vec3 pelvisLow = skeleton.point(Landmark.PELVIS).plus(pelvisFrame.apply(0, -0.025 * body.height(), 0));
        Vec3 chestTop = skeleton.point(Landmark.NECK_BASE)
                .plus(skeleton.frame(Segment.THORAX).apply(0, -0.035 * body.height(), 0));

        trunk(out, pelvisLow, skeleton.point(Landmark.LUMBOSACRAL), pelvisFrame, pelvis, pelvis, look.shorts());
        trunk(out, skeleton.point(Landmark.LUMBOSACRAL), skeleton.point(Landmark.THORACOLUMBAR),
                skeleton.frame(Segment.LUMBAR), abdomen, abdomen, look.shirt());
        trunk(out, skeleton.point(Landmark.THORACOLUMBAR), chestTop, skeleton.frame(Segment.THORAX),
                abdomen, chest, look.shirt());

        Vec3 neckBase = skeleton.point(Landmark.NECK_BASE);
        capsule(out, neckBase.plus(skeleton.frame(Segment.THORAX).apply(0, -0.02 * body.height(), 0)),
                skeleton.point(Landmark.HEAD_PIVOT), body.neckRadius(), body.neckRadius() * 0.95, look.skin(),
                NECK_BIAS, EnumSet.noneOf(BodyPart.class));

        for (Side side : Side.values()) {
            leg(out, side);
            arm(out, side);
        }
        out.add(new Head());
        return out;
    }

    private void leg(List<Primitive> out, Side side) {
        Vec3 hip = skeleton.point(Landmark.RIGHT_HIP.on(side));
        Vec3 knee = skeleton.point(Landmark.RIGHT_KNEE.on(side));
        Vec3 ankle = skeleton.point(Landmark.RIGHT_ANKLE.on(side));
        Anthropometry.Taper thigh = body.thighRadii();
        Anthropometry.Taper shank = body.shankRadii();
        BodyPart hipPart = side == Side.LEFT ? BodyPart.LEFT_HIP : BodyPart.RIGHT_HIP;
        BodyPart kneePart = side == Side.LEFT ? BodyPart.LEFT_KNEE : BodyPart.RIGHT_KNEE;
        BodyPart anklePart = side == Side.LEFT ? BodyPart.LEFT_ANKLE : BodyPart.RIGHT_ANKLE;

        double cut = look.shortsFraction();
        Vec3 hem = hip.lerp(knee, cut);
        double hemRadius = lerp(thigh.proximal(), thigh.distal(), cut);
        if (cut > 0) {
            // The shorts' leg, a little looser than the thigh under it.
            capsule(out, hip, hem, thigh.proximal() * 1.06, hemRadius * 1.08, look.shorts(), LIMB_BIAS,
                    EnumSet.of(hipPart));
        }
        capsule(out, hem, knee, hemRadius, thigh.distal(), look.skin(), LIMB_BIAS * 0.9,
                cut > 0 ? EnumSet.of(kneePart) : EnumSet.of(hipPart, kneePart));
        capsule(out, knee, ankle, shank.proximal(), shank.distal(), look.skin(), LIMB_BIAS, EnumSet.of(kneePart, anklePart));

        // The shoe: from the heel to the toes, lifted off the sole by its own radius.
        Rotation foot = skeleton.frame(Segment.foot(side));
        double heelR = 0.026 * body.height();
        double toeR = 0.019 * body.height();
        Vec3 heel = skeleton.point(Landmark.RIGHT_HEEL.on(side)).plus(foot.apply(heelR * 0.9, heelR, 0));
        Vec3 toe = skeleton.point(Landmark.RIGHT_TOE.on(side)).plus(foot.apply(-toeR * 0.9, toeR, 0));
        capsule(out, heel, toe, heelR, toeR, look.shoes(), LIMB_BIAS * 1.1, EnumSet.of(anklePart));
    }

    private void arm(List<Primitive> out, Side side) {
        Vec3 shoulder = skeleton.point(Landmark.RIGHT_SHOULDER.on(side));
        Vec3 elbow = skeleton.point(Landmark.RIGHT_ELBOW.on(side));
        Vec3 wrist = skeleton.point(Landmark.RIGHT_WRIST.on(side));
        Vec3 fingertips = skeleton.point(Landmark.RIGHT_FINGERTIPS.on(side));
        Anthropometry.Taper upper = body.upperArmRadii();
        Anthropometry.Taper fore = body.forearmRadii();
        BodyPart shoulderPart = side == Side.LEFT ? BodyPart.LEFT_SHOULDER : BodyPart.RIGHT_SHOULDER;
        BodyPart elbowPart = side == Side.LEFT ? BodyPart.LEFT_ELBOW : BodyPart.RIGHT_ELBOW;
        BodyPart wristPart = side == Side.LEFT ? BodyPart.LEFT_WRIST : BodyPart.RIGHT_WRIST;

        double cut = look.sleeveFraction();
        Vec3 hem = shoulder.lerp(elbow, cut);
        double hemRadius = lerp(upper.proximal(), upper.distal(), cut);
        // The sleeve over the deltoid: its rounded top is the shoulder's.
        capsule(out, shoulder, cut > 0 ? hem : shoulder.lerp(elbow, 0.2), body.deltoidRadius(),
                cut > 0 ? hemRadius * 1.15 : upper.proximal(), cut > 0 ? look.shirt() : look.skin(), LIMB_BIAS,
                EnumSet.of(shoulderPart));
        capsule(out, hem, elbow, hemRadius, upper.distal(), look.skin(), LIMB_BIAS * 0.9,
                cut > 0 ? EnumSet.of(elbowPart) : EnumSet.of(shoulderPart, elbowPart));
        capsule(out, elbow, wrist, fore.proximal(), fore.distal(), look.skin(), LIMB_BIAS, EnumSet.of(elbowPart, wristPart));
        Vec3 palm = wrist.lerp(fingertips, 0.6);
        capsule(out, wrist, palm, body.handRadius() * 0.9, body.handRadius(), look.skin(), LIMB_BIAS * 1.1,
                EnumSet.of(wristPart));
    }

    // ---- primitives ----

    private void capsule(List<Primitive> out, Vec3 a, Vec3 b, double ra, double rb, Rgb colour, double bias,
                         Set<BodyPart> carries) {
        capsule(out, a, b, ra, rb, Math.max(ra, rb), colour, bias, carries);
    }

    /** {@code ra}, {@code rb}: half-widths on screen, in metres; {@code thickness}: half its extent along the line of sight. */
    private void capsule(List<Primitive> out, Vec3 a, Vec3 b, double ra, double rb, double thickness, Rgb colour,
                         double bias, Set<BodyPart> carries) {
        ImagePoint pa = camera.project(a);
        ImagePoint pb = camera.project(b);
        if (!pa.inFrontOfCamera() || !pb.inFrontOfCamera()) {
            return;
        }
        out.add(new Capsule(pa, pb, camera.pixelsAt(ra, pa.depth()), camera.pixelsAt(rb, pb.depth()),
                colour, shadeAt(a.lerp(b, 0.5)), (pa.depth() + pb.depth()) / 2 - bias,
                Math.min(pa.depth(), pb.depth()) - thickness, carries));
    }

    /**
     * A trunk section from {@code a} to {@code b} whose elliptical cross-section grows from
     * {@code from} to {@code to}: its outline half-width is the ellipse's extent across the line of sight.
     */
    private void trunk(List<Primitive> out, Vec3 a, Vec3 b, Rotation frame, Anthropometry.CrossSection from,
                       Anthropometry.CrossSection to, Rgb colour) {
        Vec3 axis = b.minus(a);
        Vec3 sight = a.lerp(b, 0.5).minus(cameraPosition).normalized();
        Vec3 acrossAxis = axis.cross(sight);
        double ra;
        double rb;
        if (acrossAxis.length() < 1e-9) {
            ra = Math.max(from.lateral(), from.sagittal());
            rb = Math.max(to.lateral(), to.sagittal());
        } else {
            Vec3 u = acrossAxis.normalized();
            double lateral = u.dot(frame.zAxis());
            double sagittal = u.dot(frame.xAxis());
            ra = Math.hypot(from.lateral() * lateral, from.sagittal() * sagittal);
            rb = Math.hypot(to.lateral() * lateral, to.sagittal() * sagittal);
        }
        // Its extent towards the camera: the same ellipse's support along the line of sight.
        double lateral = sight.dot(frame.zAxis());
        double sagittal = sight.dot(frame.xAxis());
        double thickness = Math.max(Math.hypot(from.lateral() * lateral, from.sagittal() * sagittal),
                Math.hypot(to.lateral() * lateral, to.sagittal() * sagittal));
        capsule(out, a, b, ra, rb, thickness, colour, 0, EnumSet.noneOf(BodyPart.class));
    }

    /** 1 at the pelvis's depth and nearer, darker towards the far side. */
    private double shadeAt(Vec3 world) {
        double depth = camera.project(world).depth();
        double far = (depth - referenceDepth) / (FAR_SIDE_SPAN * body.height());
        return 1 - FAR_SIDE_DARKENING * Math.max(0, Math.min(1, far));
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static Point2D screen(ImagePoint p) {
        return new Point2D.Double(p.x(), p.y());
    }

    /** A tapered capsule on screen: two circles and the band tangent to both. */
    private static final class Capsule extends Primitive {
        private final ImagePoint a;
        private final ImagePoint b;
        private final double ra;
        private final double rb;
        private final Rgb colour;
        private final double shade;
        private final Shape outline;

        Capsule(ImagePoint a, ImagePoint b, double ra, double rb, Rgb colour, double shade, double depth,
                double nearestDepth, Set<BodyPart> carries) {
            super(depth, nearestDepth, carries);
            this.a = a;
            this.b = b;
            this.ra = ra;
            this.rb = rb;
            this.colour = colour;
            this.shade = shade;
            this.outline = taperedCapsule(a.x(), a.y(), ra, b.x(), b.y(), rb);
        }

        @Override
        Shape outline() {
            return outline;
        }

        @Override
        void paint(Graphics2D g) {
            g.setPaint(Lighting.cylinder(screen(a), screen(b), (ra + rb) / 2, colour, shade));
            g.fill(outline);
        }
    }

    static Shape taperedCapsule(double ax, double ay, double ra, double bx, double by, double rb) {
        Area area = new Area(new Ellipse2D.Double(ax - ra, ay - ra, 2 * ra, 2 * ra));
        area.add(new Area(new Ellipse2D.Double(bx - rb, by - rb, 2 * rb, 2 * rb)));
        double dx = bx - ax;
        double dy = by - ay;
        double len = Math.hypot(dx, dy);
        if (len > Math.abs(ra - rb) + 1e-9) {
            double ux = dx / len;
            double uy = dy / len;
            double sin = (ra - rb) / len;
            double cos = Math.sqrt(1 - sin * sin);
            // Unit normals of the two outer tangent lines.
            double m1x = ux * sin - uy * cos;
            double m1y = uy * sin + ux * cos;
            double m2x = ux * sin + uy * cos;
            double m2y = uy * sin - ux * cos;
            Path2D band = new Path2D.Double();
            band.moveTo(ax + ra * m1x, ay + ra * m1y);
            band.lineTo(bx + rb * m1x, by + rb * m1y);
            band.lineTo(bx + rb * m2x, by + rb * m2y);
            band.lineTo(ax + ra * m2x, ay + ra * m2y);
            band.closePath();
            area.add(new Area(band));
        }
        return area;
    }

    /**
     * The head: an ellipsoid seen as an ellipse, hair over its top and back, ears on the sides
     * facing the camera, eyes, brows, nose and mouth when the face is towards the camera.
     */
    private final class Head extends Primitive {
        private final Rotation frame = skeleton.frame(Segment.HEAD);
        private final Vec3 centre = skeleton.point(Landmark.HEAD_CENTRE);
        private final ImagePoint centreOnScreen = camera.project(centre);
        private final Vec3 toCamera = cameraPosition.minus(centre).normalized();
        private final Shape outline = projectedEllipsoid();

        Head() {
            super(camera.project(skeleton.point(Landmark.HEAD_CENTRE)).depth() - HEAD_BIAS,
                    camera.project(skeleton.point(Landmark.HEAD_CENTRE)).depth() - body.headRadii().x(),
                    EnumSet.of(BodyPart.NOSE, BodyPart.LEFT_EYE, BodyPart.RIGHT_EYE, BodyPart.LEFT_EAR, BodyPart.RIGHT_EAR));
        }

        @Override
        Shape outline() {
            return outline;
        }

        /** How squarely a surface with outward normal {@code n} (in the head's frame) faces the camera. */
        double facing(Vec3 headNormal) {
            return frame.apply(headNormal).normalized().dot(toCamera);
        }

        @Override
        void paint(Graphics2D g) {
            if (!centreOnScreen.inFrontOfCamera()) {
                return;
            }
            double shade = shadeAt(centre);
            Vec3 radii = body.headRadii();
            double r = camera.pixelsAt(radii.y(), centreOnScreen.depth());
            g.setPaint(Lighting.sphere(screen(centreOnScreen), r, look.skin(), shade));
            g.fill(outline);
            hair(g, r, shade);
            // Ears over the hair, only on the sides that face the camera.
            for (Side side : Side.values()) {
                if (facing(new Vec3(0, 0, side.lateralSign())) > 0.05) {
                    ear(g, skeleton.point(Landmark.RIGHT_EAR.on(side)), shade);
                }
            }
            face(g, shade);
        }

        private void hair(Graphics2D g, double r, double shade) {
            // The hair cap: the head's outline on the far side of a hairline, a straight cut across
            // the head perpendicular to its up-and-back direction on screen. Seen from the front the
            // cut runs across the top of the forehead; in profile it runs from the forehead's top
            // to the nape, just behind the ear; from behind it reaches down to the neck.
            Vec3 upBack = frame.apply(new Vec3(-0.55, 0.85, 0)).normalized();
            ImagePoint tip = camera.project(centre.plus(upBack.times(body.headRadii().y())));
            double dx = tip.x() - centreOnScreen.x();
            double dy = tip.y() - centreOnScreen.y();
            double len = Math.hypot(dx, dy);
            if (len < 1e-6) {
                dx = 0;
                dy = -1;
            } else {
                dx /= len;
                dy /= len;
            }
            double front = facing(new Vec3(1, 0, 0));
            double offset = r * (HAIRLINE_FRONT * Math.max(0, front) + HAIRLINE_PROFILE * (1 - Math.abs(front))
                    + HAIRLINE_BACK * Math.max(0, -front));
            // A big square on the hair side of the cut, intersected with the (slightly fuller) head.
            double cx = centreOnScreen.x() + dx * offset;
            double cy = centreOnScreen.y() + dy * offset;
            double big = 4 * r;
            Path2D side = new Path2D.Double();
            side.moveTo(cx - dy * big, cy + dx * big);
            side.lineTo(cx + dy * big, cy - dx * big);
            side.lineTo(cx + dy * big + dx * big, cy - dx * big + dy * big);
            side.lineTo(cx - dy * big + dx * big, cy + dx * big + dy * big);
            side.closePath();
            Area cap = new Area(outline);
            cap.transform(scaleAbout(centreOnScreen.x(), centreOnScreen.y(), HAIR_VOLUME));
            cap.intersect(new Area(side));
            g.setPaint(Lighting.sphere(screen(centreOnScreen), r * HAIR_VOLUME, look.hair(), shade));
            g.fill(cap);
        }

        private void ear(Graphics2D g, Vec3 ear, double shade) {
            ImagePoint p = camera.project(ear);
            double w = camera.pixelsAt(0.010 * body.height(), p.depth());
            double h = camera.pixelsAt(0.016 * body.height(), p.depth());
            g.setPaint(Lighting.sphere(screen(p), h, look.skin(), shade * 0.92));
            g.fill(new Ellipse2D.Double(p.x() - w, p.y() - h, 2 * w, 2 * h));
        }

        private void face(Graphics2D g, double shade) {
            double height = body.height();
            // Nose: a small capsule from between the eyes to the tip, which sticks out of the outline in profile.
            if (faceKeypointSeen(skeleton, BodyPart.NOSE, cameraPosition)) {
                Vec3 root = centre.plus(frame.apply(0.050 * height, 0.002 * height, 0));
                Vec3 tip = skeleton.point(Landmark.NOSE);
                ImagePoint a = camera.project(root);
                ImagePoint b = camera.project(tip);
                double ra = camera.pixelsAt(0.009 * height, a.depth());
                double rb = camera.pixelsAt(0.006 * height, b.depth());
                g.setPaint(Lighting.cylinder(screen(a), screen(b), (ra + rb) / 2, look.skin(), shade * 0.95));
                g.fill(taperedCapsule(a.x(), a.y(), ra, b.x(), b.y(), rb));
            }
            for (Side side : Side.values()) {
                if (!faceKeypointSeen(skeleton, side == Side.LEFT ? BodyPart.LEFT_EYE : BodyPart.RIGHT_EYE, cameraPosition)) {
                    continue;
                }
                Vec3 eye = skeleton.point(Landmark.RIGHT_EYE.on(side));
                ImagePoint p = camera.project(eye);
                double w = camera.pixelsAt(0.008 * height, p.depth());
                double h = camera.pixelsAt(0.0045 * height, p.depth());
                g.setColor(Lighting.flat(new Rgb(240, 236, 230), shade));
                g.fill(new Ellipse2D.Double(p.x() - w, p.y() - h, 2 * w, 2 * h));
                double iris = Math.max(1.0, h * 1.1);
                g.setColor(Lighting.flat(new Rgb(45, 32, 26), shade));
                g.fill(new Ellipse2D.Double(p.x() - iris, p.y() - iris, 2 * iris, 2 * iris));
                // The brow above it.
                ImagePoint b1 = camera.project(eye.plus(frame.apply(0.004 * height, 0.012 * height, -0.008 * height)));
                ImagePoint b2 = camera.project(eye.plus(frame.apply(0.004 * height, 0.013 * height, 0.008 * height)));
                g.setColor(Lighting.flat(look.hair(), shade));
                g.setStroke(new BasicStroke((float) Math.max(1, h * 0.8), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(b1.x(), b1.y(), b2.x(), b2.y()));
            }
            if (facing(new Vec3(1, -0.3, 0)) > 0.1) {
                ImagePoint m1 = camera.project(centre.plus(frame.apply(0.052 * height, -0.040 * height, -0.011 * height)));
                ImagePoint m2 = camera.project(centre.plus(frame.apply(0.052 * height, -0.040 * height, 0.011 * height)));
                double lip = Math.max(1, camera.pixelsAt(0.004 * height, m1.depth()));
                g.setColor(Lighting.flat(new Rgb(150, 70, 66), shade));
                g.setStroke(new BasicStroke((float) lip, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(m1.x(), m1.y(), m2.x(), m2.y()));
            }
        }

        /**
         * The ellipsoid's outline, seen from its centre's depth: the 2x2 projection of its shape
         * matrix onto the image axes gives the ellipse's axes and angle.
         */
        private Shape projectedEllipsoid() {
            Vec3 radii = body.headRadii();
            Vec3[] axes = {frame.xAxis().times(radii.x()), frame.yAxis().times(radii.y()), frame.zAxis().times(radii.z())};
            Vec3 right = camera.right();
            Vec3 up = camera.up();
            // M = sum over axes of (a.right, -a.up)(a.right, -a.up)^T, in screen coordinates (y down).
            double m00 = 0;
            double m01 = 0;
            double m11 = 0;
            for (Vec3 a : axes) {
                double sx = a.dot(right);
                double sy = -a.dot(up);
                m00 += sx * sx;
                m01 += sx * sy;
                m11 += sy * sy;
            }
            double trace = m00 + m11;
            double det = m00 * m11 - m01 * m01;
            double disc = Math.sqrt(Math.max(0, trace * trace / 4 - det));
            double l1 = trace / 2 + disc;
            double l2 = Math.max(1e-12, trace / 2 - disc);
            double angle = Math.abs(m01) < 1e-12 ? (m00 >= m11 ? 0 : Math.PI / 2) : Math.atan2(l1 - m00, m01);
            double scale = camera.focalLengthPixels() / centreOnScreen.depth();
            double a = Math.sqrt(l1) * scale;
            double b = Math.sqrt(l2) * scale;
            Shape ellipse = new Ellipse2D.Double(-a, -b, 2 * a, 2 * b);
            AffineTransform t = AffineTransform.getTranslateInstance(centreOnScreen.x(), centreOnScreen.y());
            t.rotate(angle);
            return t.createTransformedShape(ellipse);
        }
    }

    private static AffineTransform scaleAbout(double x, double y, double s) {
        AffineTransform t = AffineTransform.getTranslateInstance(x, y);
        t.scale(s, s);
        t.translate(-x, -y);
        return t;
    }
}
