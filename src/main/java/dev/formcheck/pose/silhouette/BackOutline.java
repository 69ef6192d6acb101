package dev.formcheck.pose.silhouette;

import java.util.List;

/**
 * The outline of the lower back in one frame, as the mask shows it: either {@link Traced}, with its
 * angle, or {@link Untraced}, with why not, in the user's words.
 */
public sealed interface BackOutline permits BackOutline.Traced, BackOutline.Untraced {
    long timestampMicros();

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
     */
    record Traced(long timestampMicros, double lumbarAngleDegrees, double coverage, List<Point> contour) implements BackOutline {
        public Traced {
            if (!Double.isFinite(lumbarAngleDegrees) || !(coverage >= 0 && coverage <= 1) || contour == null) {
                throw new IllegalArgumentException("a traced outline needs a finite angle, a coverage 0..1 and its points");
            }
            contour = List.copyOf(contour);
        }
    }

    /** No outline: {@code reason} says why, for the user ("an arm is in front of your back"). */
    record Untraced(long timestampMicros, String reason) implements BackOutline {
        public Untraced {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("an untraced outline needs its reason");
            }
        }
    }
}
