package dev.formcheck.pose;

/**
 * Where a frame sits inside the model's square input: the frame is centred in a square of side
 * {@code max(width, height)} with black bars, and that square is scaled to the model size.
 *
 * @param side the letterboxed square's side in frame pixels
 * @param padX frame pixels of bar left of the image (may be fractional)
 * @param padY frame pixels of bar above the image
 */
public record Letterbox(int width, int height, double side, double padX, double padY) {
    public static Letterbox of(int width, int height) {
        double side = Math.max(width, height);
        return new Letterbox(width, height, side, (side - width) / 2, (side - height) / 2);
    }

    /** Frame x of a normalised model x (0..1 across the square). */
    public double frameX(double normalisedX) {
        return normalisedX * side - padX;
    }

    public double frameY(double normalisedY) {
        return normalisedY * side - padY;
    }
}
