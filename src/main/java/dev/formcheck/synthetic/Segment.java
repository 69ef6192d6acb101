package dev.formcheck.synthetic;

/** The rigid parts of the synthetic body, each with its own frame (x forward, y along the part, z right). */
public enum Segment {
    PELVIS, LUMBAR, THORAX,
    /** The neck and the head, which moves with it. */
    HEAD,
    LEFT_UPPER_ARM, RIGHT_UPPER_ARM,
    /** The forearm and the hand, which moves with it. */
    LEFT_FOREARM, RIGHT_FOREARM,
    LEFT_THIGH, RIGHT_THIGH,
    LEFT_SHANK, RIGHT_SHANK,
    LEFT_FOOT, RIGHT_FOOT;

    public static Segment upperArm(Side s) {
        return s == Side.LEFT ? LEFT_UPPER_ARM : RIGHT_UPPER_ARM;
    }

    public static Segment forearm(Side s) {
        return s == Side.LEFT ? LEFT_FOREARM : RIGHT_FOREARM;
    }

    public static Segment thigh(Side s) {
        return s == Side.LEFT ? LEFT_THIGH : RIGHT_THIGH;
    }

    public static Segment shank(Side s) {
        return s == Side.LEFT ? LEFT_SHANK : RIGHT_SHANK;
    }

    public static Segment foot(Side s) {
        return s == Side.LEFT ? LEFT_FOOT : RIGHT_FOOT;
    }
}
