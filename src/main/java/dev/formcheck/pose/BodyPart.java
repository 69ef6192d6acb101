package dev.formcheck.pose;

import java.util.Locale;

/** The 17 COCO keypoints, in the order MoveNet outputs them. */
public enum BodyPart {
    NOSE, LEFT_EYE, RIGHT_EYE, LEFT_EAR, RIGHT_EAR,
    LEFT_SHOULDER, RIGHT_SHOULDER, LEFT_ELBOW, RIGHT_ELBOW, LEFT_WRIST, RIGHT_WRIST,
    LEFT_HIP, RIGHT_HIP, LEFT_KNEE, RIGHT_KNEE, LEFT_ANKLE, RIGHT_ANKLE;

    /** The name used in files and on screen: {@code left_shoulder}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static final int COUNT = values().length;
}
