package dev.formcheck.pose.silhouette;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.ArrayList;
import java.util.List;

/**
 * Traces the outline of the lower back in a {@link PersonMask} and measures its angle. Stateless.
 *
 * <p>In the crop the trunk stands upright: hip centre in the middle, shoulders straight above. Rows
 * across the trunk are sampled from the hip centre ({@link #FROM}) to {@link #TO} of the way to
 * the shoulders, the lumbar part of the back; in each, the mask's edge on the back's side of the
 * hip→shoulder axis is the outline. A line fitted through those edge points gives the angle
 * between the lower back's outline and the axis: a lower back flexed (rounded) bows out of the
 * hip→shoulder line, so its outline leaves the axis going up (+); a neutral one keeps its natural
 * hollow and runs along the axis or towards it (0 or -). Measured on real outlines
 * (docs/kinematics.md): neutral -8 to +6° on photos and up to +7° in a push-up video, rounded +18
 * to +24°.
 *
 * <p>Only the lumbar part: above it the upper back's natural curve and the shoulder blades make
 * every back bow out, rounded or not, and a two-part fit over hip to shoulder read the natural
 * S-curve of a woman's plank as +10 to +19° with one keypoint placement and -30° with another.
 *
 * <p>Which side is the back: a trunk leaning at least {@link #MIN_LEAN} from vertical has its back
 * uppermost in the exercises done face down or bent over (hinges, deadlifts, the bottom of a squat,
 * planks, push-ups). Lying on the back (bridges, dead bugs) the uppermost edge is the belly: those
 * exercises say so in their file ({@code "lying": "on_back"}), and the analysis sets this
 * outline aside, since the back itself is against the floor and cannot be seen (issue 14). A trunk more upright than
 * that (a standing squat or press, a photo of an upright trunk) has its back on the side away from
 * the face: the nose stands {@link BackSideRules#minNoseAhead()} of the trunk or more ahead of the
 * ears across the trunk when the head is seen side-on. Where the face does not say (the head turned to
 * the camera, or hidden), a bent knee does: knees bend only forwards, so a knee standing
 * {@link BackSideRules#minKneeOffset()} or more off the line from its hip to its ankle is on the front's side
 * (every seen leg that says must agree). Where neither says (seen from the front or the back, or
 * the head turned and the legs straight), the outline is not traced, and the reason says to turn
 * side-on. An upright trunk's lowest rows run over the top of the buttocks, which stand out
 * behind the hip joint, so its outline turns towards the axis going up: a neutral upright back
 * reads more negative than a leaning one, and only a clearly rounded lower back reads as flexed
 * (the estimate judges flexion only, {@code SilhouetteSpineEstimator}).
 */
public final class BackOutlineTracer {
    /** Rows start at the hip centre's level. */
    public static final double FROM = 0.0;
    /**
     * Rows end 0.4 of the way from hip to shoulder: the lumbar spine is about 0.4 of the trunk's
     * length between the hip and shoulder joints (five lumbar against twelve thoracic vertebrae,
     * which are shorter each).
     */
    public static final double TO = 0.40;
    /** Rows sampled from {@link #FROM} to {@link #TO}, one every 0.025 of the trunk. */
    public static final int ROWS = 17;
    /** The outline needs this many traced rows for a line to be fitted through it. */
    public static final int MIN_ROWS = 10;
    /**
     * An edge further from the axis than this share of the trunk's length is not the back (a limb
     * or the background merged into the mask); the trunk's depth is about 0.4 of its length.
     */
    public static final double MAX_EDGE_DISTANCE = 0.8;
    /** The least lean from vertical at which the back is taken to be the side facing up (see the class comment). */
    public static final double MIN_LEAN = Math.toRadians(45);
    /**
     * An elbow or wrist this far (share of the trunk's length) behind the hip→shoulder axis may
     * stand out past the back's outline, so the rows its arm spans are not traced. The back's
     * surface lies about half the trunk's depth, some 0.2 of its length, behind the axis through
     * the joints; an arm hanging at the side stays inside the outline and is no obstacle.
     */
    public static final double ARM_CLEARANCE = 0.15;
    /**
     * The hand, past the wrist, as a share of the forearm's length: 0.108 against 0.146 of body
     * height (Winter, <i>Biomechanics and Motor Control of Human Movement</i>, segment lengths).
     */
    public static final double HAND_SHARE = 0.74;
    /**
     * Half an arm's thickness, as a share of the trunk's length: an upper arm is some 0.1 of the
     * trunk's length across (our rendered body's; real arms vary), so rows this near an arm
     * segment are skipped too.
     */
    public static final double ARM_HALF_WIDTH = 0.05;
    /** An arm keypoint below this score excludes nothing. */
    public static final double MIN_SCORE = 0.3;

    /** Index of the elbow→wrist segment within an {@link #ARMS} row. */
    private static final int FOREARM = 1;
    private static final BodyPart[][] LEGS = {
            {BodyPart.LEFT_HIP, BodyPart.LEFT_KNEE, BodyPart.LEFT_ANKLE},
            {BodyPart.RIGHT_HIP, BodyPart.RIGHT_KNEE, BodyPart.RIGHT_ANKLE}};
    private static final BodyPart[][] ARMS = {
            {BodyPart.LEFT_SHOULDER, BodyPart.LEFT_ELBOW, BodyPart.LEFT_WRIST},
            {BodyPart.RIGHT_SHOULDER, BodyPart.RIGHT_ELBOW, BodyPart.RIGHT_WRIST}};

    private final BackSideRules sides;

    /** With the shipped rules for the back's side ({@link BackSideRules#defaults()}): hand-built readers and tests. */
    public BackOutlineTracer() {
        this(BackSideRules.defaults());
    }

    /** @param sides how an upright trunk's back side is told (the user's calibration, or the shipped defaults) */
    public BackOutlineTracer(BackSideRules sides) {
        if (sides == null) {
            throw new IllegalArgumentException("a tracer needs its rules for the back's side (BackSideRules)");
        }
        this.sides = sides;
    }

    public BackSideRules sides() {
        return sides;
    }

    public BackOutline trace(PersonMask mask, Pose pose) {
        long t = pose.timestampMicros();
        BodyCrop crop = mask.crop();
        int size = mask.size();
        double axisU = size / 2.0 - 0.5;
        double hipV = size / 2.0 - 0.5;
        double trunk = crop.trunkLength() / crop.scale(size);
        int backSide = backSide(crop, pose, size);
        if (backSide == 0) {
            return backSideUnknown(t);
        }
        List<double[]> armSegments = armSegmentsOnBackSide(pose, crop, size, axisU, backSide, ARM_CLEARANCE * trunk);
        double armHalfWidth = ARM_HALF_WIDTH * trunk;

        List<double[]> edges = new ArrayList<>();
        List<BackOutline.Point> contour = new ArrayList<>();
        int armRows = 0;
        for (int i = 0; i < ROWS; i++) {
            double share = FROM + (TO - FROM) * i / (ROWS - 1);
            double v = hipV - share * trunk;
            if (crossesArm(armSegments, v, armHalfWidth)) {
                armRows++;
                continue;
            }
            double edge = edgeDistance(mask, (int) Math.round(v), axisU, backSide, trunk);
            if (Double.isNaN(edge)) {
                continue;
            }
            edges.add(new double[] {share * trunk, edge});
            double[] p = crop.toImage(axisU + backSide * edge, v, size);
            contour.add(new BackOutline.Point(p[0], p[1]));
        }
        if (edges.size() < MIN_ROWS) {
            return new BackOutline.Untraced(t, armRows > ROWS - MIN_ROWS
                    ? "an arm is in front of your back's outline"
                    : "your back's outline is not clear against the background");
        }
        double angle = Math.toDegrees(Math.atan(slope(edges)));
        return new BackOutline.Traced(t, angle, edges.size() / (double) ROWS, contour);
    }

    /** Whether the back's side is known for the trunk in {@code crop}, so that its outline can be traced. */
    public boolean traceable(BodyCrop crop, Pose pose) {
        return backSide(crop, pose, BlazePoseSegmenter.INPUT_SIZE) != 0;
    }

    /** Why an outline was not traced when its back's side is not known ({@link #traceable} false). */
    public static BackOutline.Untraced backSideUnknown(long timestampMicros) {
        return new BackOutline.Untraced(timestampMicros,
                "I can't tell which side your back is on: stand side-on to the camera with your face in view");
    }

    /**
     * The crop's u direction (+1 or -1) on which the back lies, 0 when not known: uppermost for a
     * trunk leaning {@link #MIN_LEAN} or more, else away from the face or, where the face does not
     * say, behind the bent knees.
     */
    int backSide(BodyCrop crop, Pose pose, int size) {
        if (crop.leanRadians() >= MIN_LEAN) {
            return Math.sin(crop.angleRadians()) < 0 ? 1 : -1; // crop +u is the image direction (cos a, sin a)
        }
        double trunk = crop.trunkLength() / crop.scale(size);
        int front = faceFront(crop, pose, size, trunk);
        if (front == 0) {
            front = kneeFront(crop, pose, size, trunk);
        }
        return -front;
    }

    /** The crop u direction the face looks towards (+1 or -1), 0 when the face does not say. */
    private int faceFront(BodyCrop crop, Pose pose, int size, double trunk) {
        Keypoint nose = pose.get(BodyPart.NOSE);
        double[] ears = seenCentre(pose, crop, size, BodyPart.LEFT_EAR, BodyPart.RIGHT_EAR);
        if (nose.score() < sides.minHeadScore() || ears == null) {
            return 0;
        }
        double ahead = crop.toCrop(nose.x(), nose.y(), size)[0] - ears[0];
        if (Math.abs(ahead) < sides.minNoseAhead() * trunk) {
            return 0;
        }
        return ahead > 0 ? 1 : -1;
    }

    /**
     * The crop u direction the bent knees point to (+1 or -1), 0 when no seen leg is bent enough
     * to say or two legs disagree (a keypoint misplaced).
     */
    private int kneeFront(BodyCrop crop, Pose pose, int size, double trunk) {
        int front = 0;
        for (BodyPart[] leg : LEGS) {
            int says = kneeSide(crop, pose, size, trunk, leg);
            if (says != 0) {
                if (front != 0 && says != front) {
                    return 0;
                }
                front = says;
            }
        }
        return front;
    }

    /** The side of its hip→ankle line a leg's knee stands on, across the crop (+1 or -1); 0 when it does not say. */
    private int kneeSide(BodyCrop crop, Pose pose, int size, double trunk, BodyPart[] leg) {
        Keypoint hip = pose.get(leg[0]);
        Keypoint knee = pose.get(leg[1]);
        Keypoint ankle = pose.get(leg[2]);
        if (hip.score() < sides.minLegScore() || knee.score() < sides.minLegScore() || ankle.score() < sides.minLegScore()) {
            return 0;
        }
        double[] h = crop.toCrop(hip.x(), hip.y(), size);
        double[] k = crop.toCrop(knee.x(), knee.y(), size);
        double[] a = crop.toCrop(ankle.x(), ankle.y(), size);
        double du = a[0] - h[0];
        double dv = a[1] - h[1];
        if (dv <= Math.abs(du)) {
            return 0; // the ankle not below the hip along the trunk (a leg folded up or lying): across is not front
        }
        double offset = k[0] - (h[0] + du * (k[1] - h[1]) / dv);
        if (Math.abs(offset) < sides.minKneeOffset() * trunk) {
            return 0;
        }
        return offset > 0 ? 1 : -1;
    }

    /** The crop position of the seen one of two keypoints, or their midpoint when both are seen; null if neither. */
    private double[] seenCentre(Pose pose, BodyCrop crop, int size, BodyPart left, BodyPart right) {
        Keypoint l = pose.get(left);
        Keypoint r = pose.get(right);
        boolean lSeen = l.score() >= sides.minHeadScore();
        boolean rSeen = r.score() >= sides.minHeadScore();
        if (lSeen && rSeen) {
            double[] a = crop.toCrop(l.x(), l.y(), size);
            double[] b = crop.toCrop(r.x(), r.y(), size);
            return new double[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2};
        }
        if (lSeen || rSeen) {
            Keypoint k = lSeen ? l : r;
            return crop.toCrop(k.x(), k.y(), size);
        }
        return null;
    }

    /** Distance from the axis to the mask's edge along row {@code v} on {@code side}; NaN if not found. */
    private static double edgeDistance(PersonMask mask, int v, double axisU, int side, double trunk) {
        int u0 = (int) Math.round(axisU);
        double previous = mask.probability(u0, v);
        if (previous < PersonMask.PERSON) {
            return Double.NaN; // the axis itself is not on the body
        }
        int limit = (int) Math.ceil(MAX_EDGE_DISTANCE * trunk);
        for (int step = 1; step <= limit; step++) {
            double p = mask.probability(u0 + side * step, v);
            if (p < PersonMask.PERSON) {
                double crossing = (previous - PersonMask.PERSON) / (previous - p); // 0..1 past the last inside pixel
                return step - 1 + crossing + (u0 - axisU) * side;
            }
            previous = p;
        }
        return Double.NaN;
    }

    /** Least-squares slope of edge distance against position along the trunk. */
    private static double slope(List<double[]> points) {
        double mx = 0;
        double my = 0;
        for (double[] p : points) {
            mx += p[0];
            my += p[1];
        }
        mx /= points.size();
        my /= points.size();
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        return sxy / sxx;
    }

    /**
     * The arm segments (crop u0, v0, u1, v1) that reach behind the back's side of the axis: either
     * joint past the shoulder (elbow, wrist) more than {@code clearance} behind it. A forearm is
     * lengthened by the hand past the wrist.
     */
    private static List<double[]> armSegmentsOnBackSide(Pose pose, BodyCrop crop, int size, double axisU, int side,
                                                        double clearance) {
        List<double[]> segments = new ArrayList<>();
        for (BodyPart[] arm : ARMS) {
            for (int j = 0; j + 1 < arm.length; j++) {
                Keypoint a = pose.get(arm[j]);
                Keypoint b = pose.get(arm[j + 1]);
                if (a.score() < MIN_SCORE || b.score() < MIN_SCORE) {
                    continue;
                }
                double[] pa = crop.toCrop(a.x(), a.y(), size);
                double[] pb = crop.toCrop(b.x(), b.y(), size);
                boolean nearBehind = j > 0 && (pa[0] - axisU) * side > clearance; // the elbow; never the shoulder
                boolean farBehind = (pb[0] - axisU) * side > clearance;
                if (nearBehind || farBehind) {
                    double reach = j == FOREARM ? 1 + HAND_SHARE : 1;
                    segments.add(new double[] {pa[0], pa[1],
                            pa[0] + reach * (pb[0] - pa[0]), pa[1] + reach * (pb[1] - pa[1])});
                }
            }
        }
        return segments;
    }

    /** Whether an arm segment on the back's side, with its thickness, spans row {@code v}. */
    private static boolean crossesArm(List<double[]> segments, double v, double halfWidth) {
        for (double[] s : segments) {
            if (v >= Math.min(s[1], s[3]) - halfWidth && v <= Math.max(s[1], s[3]) + halfWidth) {
                return true;
            }
        }
        return false;
    }
}
