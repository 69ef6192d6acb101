package dev.formcheck.pose;

/**
 * The square of a frame the model looks at, in whole frame pixels (x right, y down). It may
 * extend beyond the frame; what lies outside is black, as in MoveNet's own pipeline (TF.js
 * {@code cropAndResize} with extrapolation value 0).
 *
 * <p>The full-frame letterbox is one such square: the frame centred in a black square of side
 * {@code max(width, height)} ({@link #fullFrame}). A tracking crop is a smaller square around the
 * person. Whole pixels keep the resampling tables exact and make the full-frame crop reproduce
 * the plain letterbox bit for bit; half a pixel is nothing next to a crop hundreds of pixels wide.
 *
 * @param left frame x of the square's left edge (negative: it starts left of the frame)
 * @param top frame y of the square's top edge
 * @param size side of the square in frame pixels, at least 1
 */
public record CropRegion(int left, int top, int size) {
    public CropRegion {
        if (size < 1) {
            throw new IllegalArgumentException("a crop region's side must be at least 1 pixel, not " + size);
        }
    }

    /**
     * The letterbox: the frame centred in a square of side {@code max(width, height)}, with the
     * bars rounded down to whole pixels (an odd difference leaves the extra pixel of bar at the
     * right or bottom).
     */
    public static CropRegion fullFrame(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("frame size must be positive, not " + width + "x" + height);
        }
        int side = Math.max(width, height);
        return new CropRegion(-((side - width) / 2), -((side - height) / 2), side);
    }

    /** Frame x of a normalised model x (0 = the square's left edge, 1 = its right edge). */
    public double frameX(double normalisedX) {
        return left + normalisedX * size;
    }

    /** Frame y of a normalised model y (0 = the square's top edge, 1 = its bottom edge). */
    public double frameY(double normalisedY) {
        return top + normalisedY * size;
    }

    /** The inverse of {@link #frameX}: where frame x falls across the square, 0..1 inside it. */
    public double normalisedX(double frameX) {
        return (frameX - left) / size;
    }

    /** The inverse of {@link #frameY}. */
    public double normalisedY(double frameY) {
        return (frameY - top) / size;
    }

    /** Frame x one past the square's right edge. */
    public int right() {
        return left + size;
    }

    /** Frame y one past the square's bottom edge. */
    public int bottom() {
        return top + size;
    }
}
