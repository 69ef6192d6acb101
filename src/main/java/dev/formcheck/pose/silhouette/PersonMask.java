package dev.formcheck.pose.silhouette;

import java.util.Optional;

/**
 * The segmentation model's answer for one crop: per crop pixel, the probability (0..1) that it
 * shows the person. Row-major, {@code size x size}. Immutable once made.
 *
 * @param crop where the crop lies in the image
 * @param size the crop's side in pixels
 * @param landmarks the same model's landmarks, when it gives them
 */
public record PersonMask(BodyCrop crop, int size, float[] probabilities, Optional<BodyLandmarks> landmarks) {
    /** A pixel counts as the person at or above this probability: the model's own decision boundary. */
    public static final double PERSON = 0.5;

    public PersonMask {
        if (crop == null || size < 1 || probabilities == null || probabilities.length != size * size
                || landmarks == null) {
            throw new IllegalArgumentException("a person mask needs its crop, size x size probabilities and landmarks (or Optional.empty())");
        }
        probabilities = probabilities.clone();
    }

    /** A mask without landmarks. */
    public PersonMask(BodyCrop crop, int size, float[] probabilities) {
        this(crop, size, probabilities, Optional.empty());
    }

    /** A copy: the mask is shared by the tracer and the overlay, so no reader may change it. */
    @Override
    public float[] probabilities() {
        return probabilities.clone();
    }

    /** The probability at crop pixel {@code (u, v)}; 0 outside the crop. */
    public double probability(int u, int v) {
        if (u < 0 || v < 0 || u >= size || v >= size) {
            return 0;
        }
        return probabilities[v * size + u];
    }
}
