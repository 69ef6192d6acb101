package dev.formcheck.synthetic;

import java.util.Locale;
import java.util.Optional;

/**
 * The named joint angles of the synthetic body, in degrees. Zero everywhere is a person standing
 * straight, arms hanging, feet flat: every segment of the spine stacked vertically.
 *
 * <p>Signs follow the clinical names: flexion, abduction and dorsiflexion are positive; their
 * opposites (extension, adduction, plantarflexion) negative. The spine is four joints of its own
 * (pelvis, lumbar, thoracic, neck), so a rounded or arched back is a pose of this body, not a
 * property of a rigid trunk.
 *
 * <p>The limits are deliberately wider than normal ranges of motion: they catch unit and sign
 * mistakes (radians, a knee bent backwards), they do not judge form.
 */
public enum Joint {
    /** Anterior (+) or posterior (-) tilt of the pelvis relative to the root: the trunk leans forward with it. */
    PELVIS_TILT(null, -60, 90),
    /** Lumbar flexion (+, rounding the lower back) or extension (-, arching it), lumbosacral joint. */
    LUMBAR_FLEXION(null, -45, 75),
    /** Thoracic flexion (+, rounding the upper back) or extension (-), thoracolumbar joint. */
    THORACIC_FLEXION(null, -40, 75),
    /** Neck flexion (+, chin to chest) or extension (-, looking up), at the base of the neck. */
    NECK_FLEXION(null, -70, 80),

    LEFT_HIP_FLEXION(Side.LEFT, -45, 150),
    RIGHT_HIP_FLEXION(Side.RIGHT, -45, 150),
    /** Hip abduction (+, thigh away from the midline) or adduction (-), within the flexed thigh's frame. */
    LEFT_HIP_ABDUCTION(Side.LEFT, -40, 90),
    RIGHT_HIP_ABDUCTION(Side.RIGHT, -40, 90),
    /** Knee flexion: 0 straight, positive bent (the shank swings backwards). */
    LEFT_KNEE_FLEXION(Side.LEFT, -10, 165),
    RIGHT_KNEE_FLEXION(Side.RIGHT, -10, 165),
    /**
     * Knee valgus (+, the shank turned out from the thigh in the frontal plane, knock-kneed) or
     * varus (-), within the flexed shank's frame: with hip adduction, how a knee caves in while
     * the foot stays planted.
     */
    LEFT_KNEE_VALGUS(Side.LEFT, -20, 40),
    RIGHT_KNEE_VALGUS(Side.RIGHT, -20, 40),
    /** Ankle dorsiflexion (+, toes up or shank over the toes) or plantarflexion (-, on tiptoe). */
    LEFT_ANKLE_DORSIFLEXION(Side.LEFT, -70, 60),
    RIGHT_ANKLE_DORSIFLEXION(Side.RIGHT, -70, 60),

    /** Shoulder flexion: 0 arm hanging, 90 pointing forward, 180 overhead; negative swings back. */
    LEFT_SHOULDER_FLEXION(Side.LEFT, -90, 200),
    RIGHT_SHOULDER_FLEXION(Side.RIGHT, -90, 200),
    /** Shoulder abduction: 90 the arm held out sideways (within the flexed arm's frame). */
    LEFT_SHOULDER_ABDUCTION(Side.LEFT, -45, 200),
    RIGHT_SHOULDER_ABDUCTION(Side.RIGHT, -45, 200),
    /** Elbow flexion: 0 straight, positive bent (the forearm swings forward). */
    LEFT_ELBOW_FLEXION(Side.LEFT, -10, 160),
    RIGHT_ELBOW_FLEXION(Side.RIGHT, -10, 160);

    private final Side side;
    private final double minDegrees;
    private final double maxDegrees;

    Joint(Side side, double minDegrees, double maxDegrees) {
        this.side = side;
        this.minDegrees = minDegrees;
        this.maxDegrees = maxDegrees;
    }

    /** The side of a limb joint; empty for the spine. */
    public Optional<Side> side() {
        return Optional.ofNullable(side);
    }

    public double minDegrees() {
        return minDegrees;
    }

    public double maxDegrees() {
        return maxDegrees;
    }

    /** The same joint on the other side; a spine joint is its own mirror. */
    public Joint mirror() {
        if (side == null) {
            return this;
        }
        String other = side.opposite().name() + name().substring(side.name().length());
        return valueOf(other);
    }

    /** The limb joint of this kind on {@code s}, e.g. {@code LEFT_KNEE_FLEXION.on(RIGHT)}; the spine ignores {@code s}. */
    public Joint on(Side s) {
        return side == null || side == s ? this : mirror();
    }

    /** The name used in files: {@code left_knee_flexion}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    void check(double degrees) {
        if (!(degrees >= minDegrees && degrees <= maxDegrees)) {
            throw new IllegalArgumentException(id() + " must be " + minDegrees + ".." + maxDegrees
                    + " degrees, not " + degrees);
        }
    }
}
