package dev.formcheck.pose.silhouette;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A person mask drawn in the test: 1 inside a trunk shape laid out in image coordinates, 0
 * outside, sampled through the crop the tracer will read it with. The trunk runs from a little
 * below the hip to a little past the shoulder (shares of the trunk's length, {@code along}); across
 * it, from the belly's line to the back's edge, whose distance behind the hip→shoulder line is a
 * function of {@code along} (shares of the trunk's length). Arms can be added as thick segments.
 */
final class DrawnTrunk {
    /** The belly's line in front of the hip→shoulder line: the trunk's depth is about 0.4 of its length. */
    static final double BELLY = 0.2;
    /** The back's edge behind the hip→shoulder line for a straight back. */
    static final double BACK = 0.2;
    static final double BELOW_HIP = 0.4;
    static final double PAST_SHOULDER = 0.15;
    /** Where a hollowed back is deepest: the lumbar curve's apex, a third of the way up the trunk. */
    static final double HOLLOW_AT = 0.35;
    /** An arm's half-thickness, shares of the trunk. */
    static final double ARM_RADIUS = 0.06;

    private final TrunkPoses body;
    private final DoubleUnaryOperator backEdge;
    private final List<double[]> arms = new ArrayList<>();
    private double shift;

    private DrawnTrunk(TrunkPoses body, DoubleUnaryOperator backEdge) {
        this.body = body;
        this.backEdge = backEdge;
    }

    /** A trunk whose back edge lies {@code backEdge(along)} trunks behind the hip→shoulder line. */
    static DrawnTrunk of(TrunkPoses body, DoubleUnaryOperator backEdge) {
        return new DrawnTrunk(body, backEdge);
    }

    static DrawnTrunk straight(TrunkPoses body) {
        return of(body, along -> BACK);
    }

    /**
     * A lower back whose outline leaves the hip→shoulder line at {@code degrees} going up from the
     * hip (+ outwards), straight below the hip.
     */
    static DrawnTrunk leaving(TrunkPoses body, double degrees) {
        double slope = Math.tan(Math.toRadians(degrees));
        return of(body, along -> BACK + slope * Math.max(0, along));
    }

    /** A back bowed outwards by {@code bow} trunks at its middle, a half sine from hip to shoulder. */
    static DrawnTrunk humped(TrunkPoses body, double bow) {
        return of(body, along -> BACK + bow * Math.sin(Math.PI * Math.max(0, Math.min(1, along))));
    }

    /**
     * A back hollowed by {@code depth} trunks in its lower part: a cosine dip deepest at
     * {@link #HOLLOW_AT} of the way up, from the hip to twice that, straight above.
     */
    static DrawnTrunk hollowedLow(TrunkPoses body, double depth) {
        return of(body, along -> {
            double x = (along - HOLLOW_AT) / HOLLOW_AT;
            return Math.abs(x) >= 1 ? BACK : BACK - depth * (1 + Math.cos(Math.PI * x)) / 2;
        });
    }

    /**
     * Adds an arm segment drawn as a band from one joint to the next, each as (along, behind) in
     * trunks, cut square at the ends: a hand is drawn as a segment of its own past the wrist.
     */
    DrawnTrunk withArm(double along0, double behind0, double along1, double behind1) {
        arms.add(new double[] {along0, behind0, along1, behind1});
        return this;
    }

    /** Moves the whole shape {@code behind} trunks towards the back. */
    DrawnTrunk shiftedBack(double behind) {
        this.shift = behind;
        return this;
    }

    /** The mask a segmenter would give for {@code crop} at {@code size} pixels. */
    PersonMask mask(BodyCrop crop, int size) {
        float[] p = new float[size * size];
        for (int v = 0; v < size; v++) {
            for (int u = 0; u < size; u++) {
                double[] image = crop.toImage(u, v, size);
                p[v * size + u] = contains(image[0], image[1]) ? 1f : 0f;
            }
        }
        return new PersonMask(crop, size, p);
    }

    /** The edge of the back in the image, {@code along} trunks up from the hip. */
    double[] backEdgeInImage(double along) {
        return body.image(along, backEdge.applyAsDouble(along) + shift);
    }

    private boolean contains(double x, double y) {
        double[] hip = body.image(0, 0);
        double[] up = TrunkPoses.up(body.angleRadians());
        double[] back = TrunkPoses.backNormal(body.angleRadians());
        double dx = (x - hip[0]) / TrunkPoses.TRUNK;
        double dy = (y - hip[1]) / TrunkPoses.TRUNK;
        double along = dx * up[0] + dy * up[1];
        double behind = dx * back[0] + dy * back[1] - shift;
        boolean trunk = along >= -BELOW_HIP && along <= 1 + PAST_SHOULDER
                && behind >= -BELLY && behind <= backEdge.applyAsDouble(along);
        return trunk || onArm(along, behind);
    }

    private boolean onArm(double along, double behind) {
        for (double[] a : arms) {
            double ex = a[2] - a[0];
            double ey = a[3] - a[1];
            double t = ((along - a[0]) * ex + (behind - a[1]) * ey) / (ex * ex + ey * ey);
            if (t >= 0 && t <= 1 && Math.hypot(along - a[0] - t * ex, behind - a[1] - t * ey) <= ARM_RADIUS) {
                return true;
            }
        }
        return false;
    }
}
