package dev.formcheck.kinematics;

/**
 * The front view's estimates of the side-on angles (issue 12, class 3; decision 0019), from
 * {@link FrontalTrunk}'s ratios against their own values earlier in the same stream, so that a
 * person's proportions cancel as the camera's distance does.
 *
 * @param trunkLean the trunk's lean from vertical, 0..90: the arccosine of the trunk's apparent
 *     length over its length standing (the longest held for half a second, seen from the front, in
 *     this stream). Leaning towards the camera and away from it read alike
 * @param elbowFromDrop the elbow angle a push-up's shoulders' drop implies: with upper arm and
 *     forearm of one length, the shoulder stands {@code sin(elbow / 2)} of its straight-arm height
 *     above the wrist, so {@code 2 asin(drop / top drop)}; the top is the largest drop seen held steady lying
 *     (the trunk leaning 75 degrees or more) in this stream; read while the body stays down (until
 *     the trunk rises above 45 degrees from vertical)
 * @param trunkHeight the trunk's height in the image (the hips' midpoint below the shoulders') over
 *     the shoulders' width, seen from the front or obliquely ({@link FrontalTrunk#height}); no
 *     reference: a lean forwards or back shortens it by the lean's cosine from any side of a level
 *     camera, and the shoulders' width in the image does not change as the trunk leans, so against
 *     the same body's reading standing moments before it tells the lean where the hip angle seen
 *     obliquely is foreshortened (decision 0080)
 */
public record FrontView(Measurement trunkLean, Measurement elbowFromDrop, Measurement trunkHeight) {
    /** Not measured (hand-built frames, or no person). */
    public static final FrontView NOT_MEASURED = new FrontView(FrontalTrunk.NOT_MEASURED.trunkLength(),
            FrontalTrunk.NOT_MEASURED.shoulderDrop());

    public FrontView {
        if (trunkLean == null || elbowFromDrop == null || trunkHeight == null) {
            throw new IllegalArgumentException("a front view needs its estimates (a NotVisible for what is missing)");
        }
    }

    /** The two front-view estimates without the trunk's height (hand-built frames). */
    public FrontView(Measurement trunkLean, Measurement elbowFromDrop) {
        this(trunkLean, elbowFromDrop, FrontalTrunk.NOT_MEASURED.trunkLength());
    }

    /** The same estimates with the trunk's height measured in this frame. */
    FrontView withTrunkHeight(Measurement height) {
        return new FrontView(trunkLean, elbowFromDrop, height);
    }

    /** A measured front view (tests and hand-built frames). */
    public static FrontView of(double trunkLean, double elbowFromDrop) {
        return new FrontView(Measurement.of(trunkLean), Measurement.of(elbowFromDrop));
    }

    /**
     * One stream's references: the trunk's longest apparent length (standing) and the shoulders'
     * drop at a push-up's top (the largest drop held steady while lying). Forgotten with the person.
     */
    static final class References {
        private static final String NO_REFERENCE = "Stand facing the camera for a moment first";
        private static final String NOT_LYING = "Get into the push-up position facing the camera";
        /**
         * A trunk shortened to this share of its standing length leans 75 degrees or more: lying
         * (a push-up from the front reads 83-89, a squat's or deadlift's bottom 40-57, a Romanian
         * deadlift's 64-74 on the rendered body).
         */
        private static final double LYING_SHARE = Math.cos(Math.toRadians(75));
        /**
         * Once lying, the body is down until the trunk reads more upright than 45 degrees from vertical
         * (the push-up file's own exit, {@code push-up.position.incline_max}): MoveNet places the hips,
         * hidden behind a trunk lying towards the camera, 25-35 px towards the shoulders, and less so
         * as the chest nears the floor, so the trunk reads 67-70 degrees at every rendered push-up's
         * bottom (84 true) and a gate at 75 would shut the drop off exactly there (decision 0079).
         */
        private static final double UP_SHARE = Math.cos(Math.toRadians(45));
        /**
         * The top's drop is one held this long within {@link #STEADY_SHARE} (the plank between reps),
         * not a passing one: getting down to the floor passes larger drops with the arms reaching.
         * The standing trunk is likewise the longest held this long (its median over the window), not
         * one frame's: MoveNet's trunk standing reads 1.5 shoulder widths with single frames of 1.6-1.7
         * as the person turns, and a standing length taken from those read a still body leaning 23-31
         * degrees, which no hinge's lockout passes (decision 0079).
         */
        private static final long STEADY_MICROS = 500_000;
        private static final double STEADY_SHARE = 0.05;
        private final java.util.ArrayDeque<double[]> recentDrops = new java.util.ArrayDeque<>();
        private final java.util.ArrayDeque<double[]> recentTrunks = new java.util.ArrayDeque<>();
        private double standingTrunk;
        private double topDrop;
        private boolean down;

        FrontView next(FrontalTrunk measured, long timestampMicros) {
            if (!measured.trunkLength().isPresent()) {
                recentDrops.clear();
                recentTrunks.clear();
                return new FrontView(measured.trunkLength(), measured.shoulderDrop());
            }
            double trunk = measured.trunkLength().valueIfPresent().getAsDouble();
            boolean referenced = standingTrunk > 0;
            standingTrunk = Math.max(standingTrunk, heldTrunk(trunk, timestampMicros));
            if (!referenced) {
                // a first frame (a photo) has nothing to be compared with: no lean rather than 0
                WrongView unknown = new WrongView(CameraView.FRONT, NO_REFERENCE);
                return new FrontView(unknown, unknown);
            }
            double share = Math.min(1, trunk / standingTrunk);
            Measurement lean = Measurement.of(Math.toDegrees(Math.acos(share)));
            down = share <= LYING_SHARE || down && share <= UP_SHARE;
            Measurement drop = measured.shoulderDrop();
            if (!drop.isPresent() || !down) {
                recentDrops.clear();
                return new FrontView(lean, drop.isPresent() ? new WrongView(CameraView.FRONT, NOT_LYING) : drop);
            }
            double d = drop.valueIfPresent().getAsDouble();
            recentDrops.addLast(new double[] {timestampMicros, d});
            while (timestampMicros - recentDrops.peekFirst()[0] > STEADY_MICROS) {
                recentDrops.removeFirst();
            }
            if (share <= LYING_SHARE && timestampMicros - recentDrops.peekFirst()[0] >= STEADY_MICROS * 0.9
                    && recentDrops.stream().allMatch(r -> Math.abs(r[1] - d) <= STEADY_SHARE * Math.abs(d))) {
                topDrop = Math.max(topDrop, d);
            }
            Measurement elbow = topDrop <= 0 ? new WrongView(CameraView.FRONT, NOT_LYING)
                    : Measurement.of(2 * Math.toDegrees(Math.asin(Math.max(0, Math.min(1, d / topDrop)))));
            return new FrontView(lean, elbow);
        }

        /**
         * The trunk's length held over the last {@link #STEADY_MICROS} (the median of the window's
         * readings), or 0 until the window is that long: a standing length no single frame sets.
         * Readings a window or more apart (analyze with a large stride, a photo folder at under 2 fps)
         * never fill a window, so there each reading after the first counts alone, the longest kept.
         */
        private double heldTrunk(double trunk, long timestampMicros) {
            boolean sparse = !recentTrunks.isEmpty() && timestampMicros - recentTrunks.peekLast()[0] >= STEADY_MICROS;
            if (sparse) {
                recentTrunks.clear(); // nothing before it is within the window: the window starts again here
            }
            recentTrunks.addLast(new double[] {timestampMicros, trunk});
            if (sparse) {
                return trunk;
            }
            while (timestampMicros - recentTrunks.peekFirst()[0] > STEADY_MICROS) {
                recentTrunks.removeFirst();
            }
            if (timestampMicros - recentTrunks.peekFirst()[0] < STEADY_MICROS * 0.9) {
                return 0;
            }
            double[] sorted = recentTrunks.stream().mapToDouble(r -> r[1]).sorted().toArray();
            return sorted[sorted.length / 2];
        }

        void reset() {
            recentDrops.clear();
            recentTrunks.clear();
            down = false;
            standingTrunk = 0;
            topDrop = 0;
        }
    }
}
