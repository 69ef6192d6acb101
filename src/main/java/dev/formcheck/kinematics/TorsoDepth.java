package dev.formcheck.kinematics;

/**
 * The torso's true length when it may lean towards or away from the camera, recovered from the
 * angle between the torso and a line across the body in the image. Package-private geometry for
 * {@link ViewDetector}.
 *
 * <p>A line across the body (shoulder to shoulder, hip to hip) is perpendicular to the torso in
 * the body, and its length is a known share {@code k} of the torso's length {@code L} (its width
 * facing the camera). An orthographic camera keeps each vector's image part ({@code a} across,
 * {@code b} the torso) and drops its depth ({@code a_z}, {@code b_z}). The three facts
 * <pre>
 *   |a|² + a_z² = k²L²      |b|² + b_z² = L²      a·b + a_z·b_z = 0
 * </pre>
 * give {@code (k²L² − |a|²)(L² − |b|²) = (a·b)²}, a quadratic in {@code L²} whose larger root is the
 * one where both depths are real. When the two lines look perpendicular ({@code a·b = 0}) it is
 * the longer of the image torso and the width's own length ({@code |a|/k}); the more they are
 * skewed, the more of the torso lies in depth. A body leaning towards an oblique camera (a hinge,
 * a row) shows exactly that skew: the shoulder line stays level while the torso runs diagonally.
 */
final class TorsoDepth {
    private TorsoDepth() {
    }

    /**
     * The torso length implied by one line across the body.
     *
     * @param across the across-body line in the image (either direction)
     * @param torso the torso in the image (either direction)
     * @param frontWidth the across line's length over the torso's, facing the camera (> 0)
     * @return the length in pixels, at least {@code |torso|}; NaN when either line is degenerate
     */
    static double lengthFromSkew(Vec2 across, Vec2 torso, double frontWidth) {
        double a2 = across.dot(across);
        double b2 = torso.dot(torso);
        if (!(a2 > 0 && b2 > 0)) {
            return Double.NaN;
        }
        double ab = across.dot(torso);
        double k2 = frontWidth * frontWidth;
        // k²X² − (k²|b|² + |a|²)X + |a|²|b|² − (a·b)² = 0 with X = L²; its discriminant written as a
        // sum of squares, so rounding cannot make it negative
        double linear = k2 * b2 + a2;
        double root = Math.sqrt((k2 * b2 - a2) * (k2 * b2 - a2) + 4 * k2 * ab * ab);
        return Math.sqrt((linear + root) / (2 * k2));
    }
}
