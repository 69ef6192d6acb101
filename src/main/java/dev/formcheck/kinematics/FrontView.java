package dev.formcheck.kinematics;

/**
 * The front view's estimates of the side-on angles (issue 12, class 3; decision 0019), from
 * {@link FrontalTrunk}'s ratios against their own values earlier in the same stream, so that a
 * person's proportions cancel as the camera's distance does.
 *
 * @param trunkLean the trunk's lean from vertical, 0..90: the arccosine of the trunk's apparent
 *     length over its length standing (the longest seen from the front in this stream). Leaning
 *     towards the camera and away from it read alike
 * @param elbowFromDrop the elbow angle a push-up's shoulders' drop implies: with upper arm and
 *     forearm of one length, the shoulder stands {@code sin(elbow / 2)} of its straight-arm height
 *     above the wrist, so {@code 2 asin(drop / top drop)}; the top is the largest drop seen held steady lying
 *     (the trunk leaning 75 degrees or more) in this stream
 */
public record FrontView(Measurement trunkLean, Measurement elbowFromDrop) {
    /** Not measured (hand-built frames, or no person). */
    public static final FrontView NOT_MEASURED = new FrontView(FrontalTrunk.NOT_MEASURED.trunkLength(),
            FrontalTrunk.NOT_MEASURED.shoulderDrop());

    public FrontView {
        if (trunkLean == null || elbowFromDrop == null) {
            throw new IllegalArgumentException("a front view needs both estimates (a NotVisible for what is missing)");
        }
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
         * The top's drop is one held this long within {@link #STEADY_SHARE} (the plank between reps),
         * not a passing one: getting down to the floor passes larger drops with the arms reaching.
         */
        private static final long STEADY_MICROS = 500_000;
        private static final double STEADY_SHARE = 0.05;
        private final java.util.ArrayDeque<double[]> recentDrops = new java.util.ArrayDeque<>();
        private double standingTrunk;
        private double topDrop;

        FrontView next(FrontalTrunk measured, long timestampMicros) {
            if (!measured.trunkLength().isPresent()) {
                recentDrops.clear();
                return new FrontView(measured.trunkLength(), measured.shoulderDrop());
            }
            double trunk = measured.trunkLength().valueIfPresent().getAsDouble();
            boolean referenced = standingTrunk > 0;
            standingTrunk = Math.max(standingTrunk, trunk);
            if (!referenced) {
                // a first frame (a photo) has nothing to be compared with: no lean rather than 0
                WrongView unknown = new WrongView(CameraView.FRONT, NO_REFERENCE);
                return new FrontView(unknown, unknown);
            }
            double share = Math.min(1, trunk / standingTrunk);
            Measurement lean = Measurement.of(Math.toDegrees(Math.acos(share)));
            Measurement drop = measured.shoulderDrop();
            if (!drop.isPresent() || share > LYING_SHARE) {
                recentDrops.clear();
                return new FrontView(lean, drop.isPresent() ? new WrongView(CameraView.FRONT, NOT_LYING) : drop);
            }
            double d = drop.valueIfPresent().getAsDouble();
            recentDrops.addLast(new double[] {timestampMicros, d});
            while (timestampMicros - recentDrops.peekFirst()[0] > STEADY_MICROS) {
                recentDrops.removeFirst();
            }
            if (timestampMicros - recentDrops.peekFirst()[0] >= STEADY_MICROS * 0.9
                    && recentDrops.stream().allMatch(r -> Math.abs(r[1] - d) <= STEADY_SHARE * Math.abs(d))) {
                topDrop = Math.max(topDrop, d);
            }
            Measurement elbow = topDrop <= 0 ? new WrongView(CameraView.FRONT, NOT_LYING)
                    : Measurement.of(2 * Math.toDegrees(Math.asin(Math.max(0, Math.min(1, d / topDrop)))));
            return new FrontView(lean, elbow);
        }

        void reset() {
            recentDrops.clear();
            standingTrunk = 0;
            topDrop = 0;
        }
    }
}
