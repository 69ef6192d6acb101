package dev.formcheck.pose;

/**
 * One detected body point in frame pixels (x right, y down) with the model's confidence 0..1.
 */
public record Keypoint(BodyPart part, double x, double y, double score) {
    public Keypoint {
        if (part == null) {
            throw new IllegalArgumentException("a keypoint needs a body part");
        }
    }
}
