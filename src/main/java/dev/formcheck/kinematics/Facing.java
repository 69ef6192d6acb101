package dev.formcheck.kinematics;

/**
 * Which way the front of the body points in a side view, as a sense of rotation on the screen,
 * so that it stays true whether the person stands, hinges or lies in a plank.
 *
 * <p>{@link #RIGHT}: the front of the body is clockwise on the screen from the hip→shoulder
 * direction (image y grows downward). A person standing upright and facing the image's right
 * edge faces RIGHT; so does one lying face down in a plank with the head at the right, and one
 * lying on the back with the head at the left. {@link #LEFT} is the mirror image.
 *
 * <p>Every signed angle in this package ("forward", "flexion", "on the front of the body") is
 * defined through this sense; {@link FacingDetector} decides it from the face and the knees.
 */
public enum Facing {
    RIGHT(1), LEFT(-1);

    private final int clockwiseSign;

    Facing(int clockwiseSign) {
        this.clockwiseSign = clockwiseSign;
    }

    /**
     * +1 when a rotation towards the front of the body is clockwise on the screen, -1 when it is
     * anticlockwise.
     */
    public int clockwiseSign() {
        return clockwiseSign;
    }

    public Facing opposite() {
        return this == RIGHT ? LEFT : RIGHT;
    }
}
