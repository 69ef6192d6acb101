package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;

import java.util.List;

/**
 * A side of the body, with its COCO keypoints. In a side view one side faces the camera (the near
 * side) and the other is mostly hidden behind it; {@link SideSelector} decides which is which.
 */
public enum BodySide {
    LEFT(BodyPart.LEFT_EYE, BodyPart.LEFT_EAR, BodyPart.LEFT_SHOULDER, BodyPart.LEFT_ELBOW, BodyPart.LEFT_WRIST,
            BodyPart.LEFT_HIP, BodyPart.LEFT_KNEE, BodyPart.LEFT_ANKLE),
    RIGHT(BodyPart.RIGHT_EYE, BodyPart.RIGHT_EAR, BodyPart.RIGHT_SHOULDER, BodyPart.RIGHT_ELBOW, BodyPart.RIGHT_WRIST,
            BodyPart.RIGHT_HIP, BodyPart.RIGHT_KNEE, BodyPart.RIGHT_ANKLE);

    private final BodyPart eye;
    private final BodyPart ear;
    private final BodyPart shoulder;
    private final BodyPart elbow;
    private final BodyPart wrist;
    private final BodyPart hip;
    private final BodyPart knee;
    private final BodyPart ankle;

    BodySide(BodyPart eye, BodyPart ear, BodyPart shoulder, BodyPart elbow, BodyPart wrist,
             BodyPart hip, BodyPart knee, BodyPart ankle) {
        this.eye = eye;
        this.ear = ear;
        this.shoulder = shoulder;
        this.elbow = elbow;
        this.wrist = wrist;
        this.hip = hip;
        this.knee = knee;
        this.ankle = ankle;
    }

    public BodyPart eye() {
        return eye;
    }

    public BodyPart ear() {
        return ear;
    }

    public BodyPart shoulder() {
        return shoulder;
    }

    public BodyPart elbow() {
        return elbow;
    }

    public BodyPart wrist() {
        return wrist;
    }

    public BodyPart hip() {
        return hip;
    }

    public BodyPart knee() {
        return knee;
    }

    public BodyPart ankle() {
        return ankle;
    }

    /** The eight keypoints of this side, head to foot. */
    public List<BodyPart> parts() {
        return List.of(eye, ear, shoulder, elbow, wrist, hip, knee, ankle);
    }

    public BodySide opposite() {
        return this == LEFT ? RIGHT : LEFT;
    }

    /** The same keypoint on the other side; the nose is its own mirror. */
    public static BodyPart mirror(BodyPart part) {
        String name = part.name();
        if (name.startsWith("LEFT_")) {
            return BodyPart.valueOf("RIGHT_" + name.substring("LEFT_".length()));
        }
        if (name.startsWith("RIGHT_")) {
            return BodyPart.valueOf("LEFT_" + name.substring("RIGHT_".length()));
        }
        return part;
    }
}
