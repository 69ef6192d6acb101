package dev.formcheck.pose.silhouette;

import java.util.List;

/**
 * The outline of the back between hip and shoulder in one frame, as the mask shows it: either
 * {@link Traced}, with how much it bends, or {@link Untraced}, with why not, in the user's words.
 */
public sealed interface BackOutline permits BackOutline.Traced, BackOutline.Untraced {
    long timestampMicros();

    /** An image point, pixels. */
    record Point(double x, double y) {
    }

    /**
     * A traced outline.
     *
     * @param bendDegrees how much the outline turns between its lower and its upper half: + bowed
     *     outwards (a hump, the back rounded), - hollowed (the lower back arched), 0 straight
     * @param coverage the share of the sampled rows where the outline was found, 0..1
     * @param contour the outline's points, hip end first, image pixels
     */
    record Traced(long timestampMicros, double bendDegrees, double coverage, List<Point> contour) implements BackOutline {
        public Traced {
            if (!Double.isFinite(bendDegrees) || !(coverage >= 0 && coverage <= 1) || contour == null) {
                throw new IllegalArgumentException("a traced outline needs a finite bend, a coverage 0..1 and its points");
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
