package dev.formcheck.pose;

import java.util.List;

import static dev.formcheck.pose.BodyPart.LEFT_ANKLE;
import static dev.formcheck.pose.BodyPart.LEFT_EAR;
import static dev.formcheck.pose.BodyPart.LEFT_ELBOW;
import static dev.formcheck.pose.BodyPart.LEFT_EYE;
import static dev.formcheck.pose.BodyPart.LEFT_HIP;
import static dev.formcheck.pose.BodyPart.LEFT_KNEE;
import static dev.formcheck.pose.BodyPart.LEFT_SHOULDER;
import static dev.formcheck.pose.BodyPart.LEFT_WRIST;
import static dev.formcheck.pose.BodyPart.NOSE;
import static dev.formcheck.pose.BodyPart.RIGHT_ANKLE;
import static dev.formcheck.pose.BodyPart.RIGHT_EAR;
import static dev.formcheck.pose.BodyPart.RIGHT_ELBOW;
import static dev.formcheck.pose.BodyPart.RIGHT_EYE;
import static dev.formcheck.pose.BodyPart.RIGHT_HIP;
import static dev.formcheck.pose.BodyPart.RIGHT_KNEE;
import static dev.formcheck.pose.BodyPart.RIGHT_SHOULDER;
import static dev.formcheck.pose.BodyPart.RIGHT_WRIST;

/** The 16 bones that join COCO keypoints, as skeleton drawings conventionally connect them. */
public final class Skeleton {
    /** Which side of the body a bone belongs to, so drawings can colour left and right apart. */
    public enum Side { LEFT, RIGHT, CENTRE }

    public record Bone(BodyPart from, BodyPart to, Side side) {
    }

    public static final List<Bone> BONES = List.of(
            new Bone(NOSE, LEFT_EYE, Side.LEFT), new Bone(NOSE, RIGHT_EYE, Side.RIGHT),
            new Bone(LEFT_EYE, LEFT_EAR, Side.LEFT), new Bone(RIGHT_EYE, RIGHT_EAR, Side.RIGHT),
            new Bone(LEFT_SHOULDER, RIGHT_SHOULDER, Side.CENTRE),
            new Bone(LEFT_SHOULDER, LEFT_ELBOW, Side.LEFT), new Bone(LEFT_ELBOW, LEFT_WRIST, Side.LEFT),
            new Bone(RIGHT_SHOULDER, RIGHT_ELBOW, Side.RIGHT), new Bone(RIGHT_ELBOW, RIGHT_WRIST, Side.RIGHT),
            new Bone(LEFT_SHOULDER, LEFT_HIP, Side.LEFT), new Bone(RIGHT_SHOULDER, RIGHT_HIP, Side.RIGHT),
            new Bone(LEFT_HIP, RIGHT_HIP, Side.CENTRE),
            new Bone(LEFT_HIP, LEFT_KNEE, Side.LEFT), new Bone(LEFT_KNEE, LEFT_ANKLE, Side.LEFT),
            new Bone(RIGHT_HIP, RIGHT_KNEE, Side.RIGHT), new Bone(RIGHT_KNEE, RIGHT_ANKLE, Side.RIGHT));

    private Skeleton() {
    }

    /** The side a keypoint is on, from its name. */
    public static Side sideOf(BodyPart part) {
        return part.name().startsWith("LEFT_") ? Side.LEFT : part.name().startsWith("RIGHT_") ? Side.RIGHT : Side.CENTRE;
    }
}
