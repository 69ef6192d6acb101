package dev.formcheck.pose.silhouette;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The outline of the lower back in one frame, as the mask shows it: either {@link Traced}, with its
 * angle, or {@link Untraced}, with why not, in the user's words. Either may carry the body line
 * the segmentation model's own landmarks show ({@link BodyLandmarks#bodyLineSagDegrees()}): an arm
 * can hide the back's outline but not the legs.
 */
public sealed interface BackOutline permits BackOutline.Traced, BackOutline.Untraced {
    long timestampMicros();

    /** The hips' sag off the shoulder→ankle line by BlazePose's landmarks, degrees, + sagging; empty if not read. */
    OptionalDouble bodyLineSagDegrees();

    /** This outline with the body line's sag as BlazePose's landmarks show it. */
    BackOutline withBodyLineSag(OptionalDouble sagDegrees);

    /** An image point, pixels. */
    record Point(double x, double y) {
    }

    /**
     * A traced outline.
     *
     * @param lumbarAngleDegrees the angle between the lower back's outline and the hip→shoulder
     *     line: + the outline leaves the line going up the back (bowed out, flexed), 0 along it,
     *     - towards it (the natural hollow, or more)
     * @param coverage the share of the sampled rows where the outline was found, 0..1
     * @param contour the outline's points, hip end first, image pixels
     * @param bodyLineSagDegrees see {@link BackOutline#bodyLineSagDegrees()}
     */
    record Traced(long timestampMicros, double lumbarAngleDegrees, double coverage, List<Point> contour,
                  OptionalDouble bodyLineSagDegrees) implements BackOutline {
        public Traced {
            if (!Double.isFinite(lumbarAngleDegrees) || !(coverage >= 0 && coverage <= 1) || contour == null) {
                throw new IllegalArgumentException("a traced outline needs a finite angle, a coverage 0..1 and its points");
            }
            contour = List.copyOf(contour);
            bodyLineSagDegrees = checkedSag(bodyLineSagDegrees);
        }

        /** A traced outline without a body line. */
        public Traced(long timestampMicros, double lumbarAngleDegrees, double coverage, List<Point> contour) {
            this(timestampMicros, lumbarAngleDegrees, coverage, contour, OptionalDouble.empty());
        }

        @Override
        public Traced withBodyLineSag(OptionalDouble sagDegrees) {
            return new Traced(timestampMicros, lumbarAngleDegrees, coverage, contour, sagDegrees);
        }
    }

    /** No outline: {@code reason} says why, for the user ("an arm is in front of your back"). */
    record Untraced(long timestampMicros, String reason, OptionalDouble bodyLineSagDegrees) implements BackOutline {
        public Untraced {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("an untraced outline needs its reason");
            }
            bodyLineSagDegrees = checkedSag(bodyLineSagDegrees);
        }

        /** No outline and no body line. */
        public Untraced(long timestampMicros, String reason) {
            this(timestampMicros, reason, OptionalDouble.empty());
        }

        @Override
        public Untraced withBodyLineSag(OptionalDouble sagDegrees) {
            return new Untraced(timestampMicros, reason, sagDegrees);
        }
    }

    private static OptionalDouble checkedSag(OptionalDouble sag) {
        if (sag == null || sag.isPresent() && !(Math.abs(sag.getAsDouble()) <= 180)) {
            throw new IllegalArgumentException("a body line's sag is -180..180 degrees or OptionalDouble.empty(), not " + sag);
        }
        return sag;
    }
}
