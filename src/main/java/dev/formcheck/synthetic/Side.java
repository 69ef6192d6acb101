package dev.formcheck.synthetic;

/** A side of the body. The body's own z axis points to its right. */
public enum Side {
    LEFT(-1), RIGHT(1);

    private final int lateralSign;

    Side(int lateralSign) {
        this.lateralSign = lateralSign;
    }

    /** +1 for right (the body's +z), -1 for left. */
    public int lateralSign() {
        return lateralSign;
    }

    public Side opposite() {
        return this == LEFT ? RIGHT : LEFT;
    }
}
