package dev.formcheck.synthetic;

import dev.formcheck.pose.BodyPart;

import java.util.Optional;

/** Named 3D points of the synthetic body: joint centres, the COCO face points, and the ends of hands and feet. */
public enum Landmark {
    /** Midway between the hip joints: the root. */
    PELVIS(null, null),
    LUMBOSACRAL(null, null),
    THORACOLUMBAR(null, null),
    NECK_BASE(null, null),
    HEAD_PIVOT(null, null),
    HEAD_CENTRE(null, null),
    NOSE(null, BodyPart.NOSE),
    LEFT_EYE(Side.LEFT, BodyPart.LEFT_EYE),
    RIGHT_EYE(Side.RIGHT, BodyPart.RIGHT_EYE),
    LEFT_EAR(Side.LEFT, BodyPart.LEFT_EAR),
    RIGHT_EAR(Side.RIGHT, BodyPart.RIGHT_EAR),
    LEFT_SHOULDER(Side.LEFT, BodyPart.LEFT_SHOULDER),
    RIGHT_SHOULDER(Side.RIGHT, BodyPart.RIGHT_SHOULDER),
    LEFT_ELBOW(Side.LEFT, BodyPart.LEFT_ELBOW),
    RIGHT_ELBOW(Side.RIGHT, BodyPart.RIGHT_ELBOW),
    LEFT_WRIST(Side.LEFT, BodyPart.LEFT_WRIST),
    RIGHT_WRIST(Side.RIGHT, BodyPart.RIGHT_WRIST),
    LEFT_FINGERTIPS(Side.LEFT, null),
    RIGHT_FINGERTIPS(Side.RIGHT, null),
    LEFT_HIP(Side.LEFT, BodyPart.LEFT_HIP),
    RIGHT_HIP(Side.RIGHT, BodyPart.RIGHT_HIP),
    LEFT_KNEE(Side.LEFT, BodyPart.LEFT_KNEE),
    RIGHT_KNEE(Side.RIGHT, BodyPart.RIGHT_KNEE),
    LEFT_ANKLE(Side.LEFT, BodyPart.LEFT_ANKLE),
    RIGHT_ANKLE(Side.RIGHT, BodyPart.RIGHT_ANKLE),
    /** The back of the sole, on the floor when standing. */
    LEFT_HEEL(Side.LEFT, null),
    RIGHT_HEEL(Side.RIGHT, null),
    /** The front of the sole, on the floor when standing. */
    LEFT_TOE(Side.LEFT, null),
    RIGHT_TOE(Side.RIGHT, null);

    private final Side side;
    private final BodyPart cocoPart;

    Landmark(Side side, BodyPart cocoPart) {
        this.side = side;
        this.cocoPart = cocoPart;
    }

    public Optional<Side> side() {
        return Optional.ofNullable(side);
    }

    /** The COCO keypoint this landmark is, if it is one. */
    public Optional<BodyPart> cocoPart() {
        return Optional.ofNullable(cocoPart);
    }

    /** The landmark of a COCO keypoint. */
    public static Landmark of(BodyPart part) {
        return valueOf(part.name());
    }

    /** The same landmark on the other side; a midline landmark is its own mirror. */
    public Landmark mirror() {
        if (side == null) {
            return this;
        }
        return valueOf(side.opposite().name() + name().substring(side.name().length()));
    }

    /** The landmark of this kind on {@code s}. */
    public Landmark on(Side s) {
        return side == null || side == s ? this : mirror();
    }
}
