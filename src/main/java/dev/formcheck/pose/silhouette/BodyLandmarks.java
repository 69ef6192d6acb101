package dev.formcheck.pose.silhouette;

import java.util.List;
import java.util.OptionalDouble;

/**
 * BlazePose's own 33 landmarks from the same inference that gave the {@link PersonMask}, in image
 * pixels: a second, independent reading of the body, used for the body line.
 *
 * @param landmarks the 33 landmarks in BlazePose's order (11/12 shoulders, 23/24 hips, 27/28 ankles)
 */
public record BodyLandmarks(List<Landmark> landmarks) {
    /** How many landmarks BlazePose gives. */
    public static final int COUNT = 33;
    /**
     * A landmark counts as seen at or above this visibility (0..1, after the sigmoid): the model's
     * own decision boundary, as for the mask's {@link PersonMask#PERSON}.
     */
    public static final double SEEN = 0.5;
    private static final int[] SHOULDERS = {11, 12};
    private static final int[] HIPS = {23, 24};
    private static final int[] ANKLES = {27, 28};

    /**
     * One landmark.
     *
     * @param x image pixels
     * @param y image pixels, down
     * @param visibility how likely the landmark is in view and not hidden, 0..1
     */
    public record Landmark(double x, double y, double visibility) {
        public Landmark {
            if (!Double.isFinite(x) || !Double.isFinite(y) || !(visibility >= 0 && visibility <= 1)) {
                throw new IllegalArgumentException("a landmark needs a finite position and a visibility 0..1");
            }
        }
    }

    public BodyLandmarks {
        if (landmarks == null || landmarks.size() != COUNT) {
            throw new IllegalArgumentException("BlazePose gives " + COUNT + " landmarks, not "
                    + (landmarks == null ? "none" : landmarks.size()));
        }
        landmarks = List.copyOf(landmarks);
    }

    /**
     * How far the hips sit off the shoulder→ankle line, degrees: 180 minus the shoulder-hip-ankle
     * angle, + when the hips lie on the side away from the back (sagging), - towards it (piked).
     * The back is the side facing up, as {@link BackOutlineTracer} takes it: this is read only for
     * a trunk leaning forward (planks, push-ups). Each joint is the midpoint of the two sides'
     * landmarks that are {@link #SEEN}, or the one seen; empty when a joint has neither, or when
     * the line stands vertical (no side faces up).
     */
    public OptionalDouble bodyLineSagDegrees() {
        double[] s = seen(SHOULDERS);
        double[] h = seen(HIPS);
        double[] a = seen(ANKLES);
        if (s == null || h == null || a == null) {
            return OptionalDouble.empty();
        }
        double lineX = a[0] - s[0];
        double lineY = a[1] - s[1];
        // the line's normal pointing down the image, away from the back
        double downX = lineX > 0 ? -lineY : lineY;
        double downY = lineX > 0 ? lineX : -lineX;
        if (downY == 0) {
            return OptionalDouble.empty();
        }
        double toShoulder = Math.atan2(s[1] - h[1], s[0] - h[0]);
        double toAnkle = Math.atan2(a[1] - h[1], a[0] - h[0]);
        double inner = Math.toDegrees(Math.abs(Math.IEEEremainder(toShoulder - toAnkle, 2 * Math.PI)));
        double offset = (h[0] - s[0]) * downX + (h[1] - s[1]) * downY;
        return OptionalDouble.of(Math.signum(offset) * (180 - inner));
    }

    private double[] seen(int[] pair) {
        double x = 0;
        double y = 0;
        int n = 0;
        for (int i : pair) {
            Landmark l = landmarks.get(i);
            if (l.visibility() >= SEEN) {
                x += l.x();
                y += l.y();
                n++;
            }
        }
        return n == 0 ? null : new double[] {x / n, y / n};
    }
}
